import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { clientAddress } from "@/lib/auth/client-address";
import { hit, limitMessage, refund } from "@/lib/auth/rate-limits";
import { env } from "@/lib/env";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * Password sign-in takes a point from the account's and the address's budgets before the password is checked, and
 * is refused with 429 once either is spent; a successful sign-in gives its points back, so only failures add up.
 */
async function POST(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") !== "callback/credentials") return handler(request, context);
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  const email = String(form?.get("email") ?? "")
    .trim()
    .toLowerCase();
  const config = env();
  const address = clientAddress(request.headers, config.TRUST_PROXY);
  const keys = [["signInAccount", email] as const, ...(address ? [["signInAddress", address] as const] : [])];
  const waits = await Promise.all(keys.map(([name, key]) => hit(name, key)));
  const retryAfter = Math.max(0, ...waits.map((wait) => wait ?? 0));
  if (retryAfter > 0) {
    // The error code carries the wait: next-auth's client hands the form only the `error` parameter.
    const url = new URL(`/signin?error=RateLimited.${retryAfter}`, config.NEXTAUTH_URL ?? request.url).toString();
    const message = limitMessage("signInAccount", retryAfter);
    return NextResponse.json({ url, message }, { status: 429, headers: { "Retry-After": String(retryAfter) } });
  }
  const response = await handler(request, context);
  if (response.ok) await Promise.all(keys.map(([name, key]) => refund(name, key)));
  return response;
}

export { handler as GET, POST };
