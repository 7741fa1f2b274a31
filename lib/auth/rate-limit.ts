import "server-only";
import { db } from "@/lib/db";

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const LOGIN_MAX_FAILURES = 10;

/** True when the account or the address has failed to sign in 10 times in the last 15 minutes. */
export async function isLoginLimited(email: string, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const [byEmail, byIp] = await Promise.all([
    db.loginAttempt.count({ where: { email: email.toLowerCase(), success: false, createdAt: { gte: since } } }),
    db.loginAttempt.count({ where: { ip, success: false, createdAt: { gte: since } } }),
  ]);
  return byEmail >= LOGIN_MAX_FAILURES || byIp >= LOGIN_MAX_FAILURES;
}

export async function recordLoginAttempt(email: string, ip: string, success: boolean) {
  await db.loginAttempt.create({ data: { email: email.toLowerCase().slice(0, 254), ip: ip.slice(0, 64), success } });
}

/** The client address as the server saw it (Next sets x-forwarded-for from the socket when no proxy did). */
export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}
