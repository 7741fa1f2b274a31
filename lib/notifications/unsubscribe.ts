import { createHmac, timingSafeEqual } from "node:crypto";
import type { NotificationKind } from "@/lib/notifications/kinds";

// Unsubscribe links work without signing in (people click them from mail), so they carry an HMAC of the user and
// the kind made with the app's secret: nobody can forge one for someone else, and nothing has to be stored.

const mac = (secret: string, userId: number, kind: string) =>
  createHmac("sha256", secret).update(`unsubscribe:${userId}:${kind}`).digest("base64url");

export const unsubscribePath = (secret: string, userId: number, kind: NotificationKind) =>
  `/unsubscribe?${new URLSearchParams({ u: String(userId), k: kind, t: mac(secret, userId, kind) })}`;

export function validUnsubscribe(secret: string, userId: number, kind: string, token: string) {
  const expected = Buffer.from(mac(secret, userId, kind));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
