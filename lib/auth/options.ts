import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { db } from "@/lib/db";
import { verifyNothing, verifyPassword } from "@/lib/auth/password";
import { clientIp, recordLoginAttempt } from "@/lib/auth/rate-limit";
import { safeCallbackUrl } from "@/lib/auth/safe-redirect";
import { findUserByEmail, userForOidcIdentity } from "@/lib/data/users";
import { signInSchema } from "@/lib/validation/account";

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
  }
}
declare module "next-auth" {
  interface Session {
    uid?: number;
  }
}

type OidcProfile = { sub: string; email?: string; email_verified?: boolean; name?: string; preferred_username?: string };

/** Any standard OpenID Connect provider, enabled when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set. */
export function oidcProvider(env = process.env): OAuthConfig<OidcProfile> | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  return {
    id: "oidc",
    name: env.OIDC_NAME || "Single sign-on",
    type: "oauth",
    wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile: (profile) => ({
      id: profile.sub,
      email: profile.email ?? null,
      name: profile.name ?? profile.preferred_username ?? profile.email ?? null,
    }),
  };
}

const credentials = CredentialsProvider({
  id: "credentials",
  name: "Email and password",
  credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
  async authorize(raw, request) {
    const parsed = signInSchema.safeParse(raw);
    if (!parsed.success) return null;
    const { email, password } = parsed.data;
    const ip = clientIp(new Headers((request?.headers ?? {}) as Record<string, string>));
    const user = await findUserByEmail(email);
    const ok = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : await verifyNothing(password);
    await recordLoginAttempt(email, ip, ok);
    return ok && user ? { id: String(user.id), email: user.email, name: user.name } : null;
  },
});

const oidc = oidcProvider();

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  providers: oidc ? [credentials, oidc] : [credentials],
  pages: { signIn: "/signin", error: "/signin" },
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.provider !== "oidc") return true;
      const p = profile as OidcProfile | undefined;
      if (!p?.email) return "/signin?error=OidcNoEmail";
      const result = await userForOidcIdentity({
        provider: "oidc",
        subject: account.providerAccountId,
        email: p.email,
        emailVerified: p.email_verified === true,
        name: p.name ?? p.preferred_username ?? p.email,
      });
      return result ? true : "/signin?error=OidcNotAllowed";
    },
    async jwt({ token, user, account }) {
      if (account?.provider === "credentials" && user) token.uid = Number(user.id);
      if (account?.provider === "oidc") {
        const linked = await db.account.findUnique({
          where: { provider_providerAccountId: { provider: "oidc", providerAccountId: account.providerAccountId } },
          select: { userId: true },
        });
        token.uid = linked?.userId;
      }
      return token;
    },
    async session({ session, token }) {
      session.uid = token.uid;
      return session;
    },
    // next-auth's own check reads "/\t/evil" as a local path; ours reads it as a browser would.
    async redirect({ url, baseUrl }) {
      return new URL(safeCallbackUrl(url, baseUrl), baseUrl).toString();
    },
  },
};
