import "server-only";
import { headers } from "next/headers";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { DomainError } from "@/lib/actions/result";
import { clientAddress } from "@/lib/auth/client-address";
import { waitText } from "@/lib/auth/wait-text";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

// Every rate limit in one place. Counters live in the database (model RateLimiterFlexible), so they hold across
// restarts and processes. Each attempt consumes a point FIRST and is refused when that pushed the counter over
// the limit: the increment is one atomic upsert, so a burst of parallel attempts cannot all slip through
// (the old check-then-record did exactly that). See docs/decisions/0005-rate-limiting.md.

const MINUTE = 60;

/** What is limited, per what, and how much: `points` attempts per `duration` seconds. */
export const LIMITS = {
  /** Password sign-in per account: failures count; a success gives its point back. */
  signInAccount: { points: 10, duration: 15 * MINUTE, what: "failed sign-in attempts" },
  /** Password sign-in per client address (only when the address is known, see lib/auth/client-address.ts). */
  signInAddress: { points: 10, duration: 15 * MINUTE, what: "failed sign-in attempts" },
  /** New accounts per client address. */
  register: { points: 10, duration: 60 * MINUTE, what: "registrations from your address" },
  /** Password changes (and wrong current passwords) per user. */
  passwordChange: { points: 5, duration: 15 * MINUTE, what: "password change attempts" },
  /** Password reset requests and uses, per client address and per email, as strict as sign-in. */
  passwordReset: { points: 10, duration: 15 * MINUTE, what: "password reset attempts" },
  /** Invite acceptances per user. */
  inviteAccept: { points: 10, duration: 15 * MINUTE, what: "invite attempts" },
  /** Story suggestions per user, by form or API. */
  suggest: { points: 20, duration: 60 * MINUTE, what: "story suggestions" },
  /** API writes per token (or per user, for cookie sessions). */
  apiWrite: { points: 300, duration: MINUTE, what: "API writes" },
} as const;

export type LimitName = keyof typeof LIMITS;

const limiters = new Map<LimitName, RateLimiterPrisma>();
function limiter(name: LimitName) {
  let found = limiters.get(name);
  if (!found) {
    const { points, duration } = LIMITS[name];
    // The store looks the model up by its client property name.
    found = new RateLimiterPrisma({ storeClient: db, tableName: "rateLimiterFlexible", keyPrefix: name, points, duration });
    limiters.set(name, found);
  }
  return found;
}

/** Consumes one point; returns null when allowed, or how many seconds to wait when over the limit. */
export async function hit(name: LimitName, key: string): Promise<number | null> {
  try {
    await limiter(name).consume(key.slice(0, 200));
    return null;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw error;
  }
}

/** Gives a point back (a successful sign-in should not count against the account). */
export async function refund(name: LimitName, key: string) {
  await limiter(name).reward(key.slice(0, 200));
}

export const limitMessage = (name: LimitName, retryAfter: number) => `Too many ${LIMITS[name].what}. Try again in ${waitText(retryAfter)}.`;

/** For Server Actions and mutations: consumes a point or refuses with 429 and the wait time. */
export async function enforce(name: LimitName, key: string) {
  const retryAfter = await hit(name, key);
  if (retryAfter !== null) throw new DomainError(429, limitMessage(name, retryAfter), { retryAfter });
}

/** The address of the client behind this Server Action or request (see lib/auth/client-address.ts), or null. */
export async function requestAddress() {
  return clientAddress(await headers(), env().TRUST_PROXY);
}
