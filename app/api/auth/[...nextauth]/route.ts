import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { clientIp, isLoginLimited, LOGIN_MAX_FAILURES, LOGIN_WINDOW_MS } from "@/lib/auth/rate-limit";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

// Password sign-in is refused with 429 after too many failures, before next-auth checks anything.
async function POST(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "callback/credentials") {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const email = String(form?.get("email") ?? "")
      .trim()
      .toLowerCase();
    if (await isLoginLimited(email, clientIp(request.headers))) {
      const message = `Too many failed sign-in attempts (${LOGIN_MAX_FAILURES} in ${LOGIN_WINDOW_MS / 60000} minutes). Wait a few minutes and try again.`;
      const url = new URL("/signin?error=RateLimited", process.env.NEXTAUTH_URL ?? request.url).toString();
      return NextResponse.json({ url, message }, { status: 429, headers: { "Retry-After": String(LOGIN_WINDOW_MS / 1000) } });
    }
  }
  return handler(request, context);
}

export { handler as GET, POST };
