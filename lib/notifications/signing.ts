import { createHmac, timingSafeEqual } from "node:crypto";

// Webhook signatures, as Stripe and Slack do them: HMAC-SHA256 over "<timestamp>.<body>" with the webhook's secret,
// so a receiver can check both who sent it and that it is fresh (refuse old timestamps to stop replays).

export const SIGNATURE_HEADER = "x-atlas-signature";
export const TIMESTAMP_HEADER = "x-atlas-timestamp";
export const DELIVERY_HEADER = "x-atlas-delivery";
export const EVENT_HEADER = "x-atlas-event";

export const signWebhook = (secret: string, timestamp: number, body: string) =>
  `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;

export function verifyWebhook(secret: string, timestamp: number, body: string, signature: string) {
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
