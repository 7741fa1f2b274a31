import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { db } from "@/lib/db";
import { verifyNothing, verifyPassword } from "@/lib/auth/password";
import { safeCallbackUrl } from "@/lib/auth/safe-redirect";
import { endSessions, findUserByEmail, startSession, userForOidcIdentity } from "@/lib/data/users";
import { env, type Env } from "@/lib/env";
import { signInSchema } from "@/lib/validation/account";

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    /** The user's session version when this session was issued; a newer one in the database ends it. */
    sv?: number;
  }
}
declare module "next-auth" {
  interface Session {
    uid?: number;
    sv?: number;
  }
}

type OidcProfile = { sub: string; email?: string; email_verified?: boolean; name?: string; preferred_username?: string };

export const SESSION_MAX_AGE = 30 * 24 * 60 * 60;

/** Any standard OpenID Connect provider, enabled when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set. */
export function oidcProvider(config: Env = env()): OAuthConfig<OidcProfile> | null {
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID || !config.OIDC_CLIENT_SECRET) return null;
  return {
    id: "oidc",
    name: config.OIDC_NAME || "Single sign-on",
    type: "oauth",
    wellKnown: `${config.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: config.OIDC_CLIENT_ID,
    clientSecret: config.OIDC_CLIENT_SECRET,
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

/** Thrown from `authorize` so the form can say why; next-auth passes the message on as the error code. */
export const DEACTIVATED = "AccountDeactivated";

// Rate limits are applied before this runs, in app/api/auth/[...nextauth]/route.ts.
const credentials = CredentialsProvider({
  id: "credentials",
  name: "Email and password",
  credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
  async authorize(raw) {
    const parsed = signInSchema.safeParse(raw);
    if (!parsed.success) return null;
    const { email, password } = parsed.data;
    const user = await findUserByEmail(email);
    const ok = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : await verifyNothing(password);
    if (!ok || !user) return null;
    // Only after the right password, so deactivation reveals nothing to someone guessing.
    if (user.deactivatedAt) throw new Error(DEACTIVATED);
    return { id: String(user.id), email: user.email, name: user.name };
  },
});

const oidc = oidcProvider();

export const authOptions: NextAuthOptions = {
  secret: env().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
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
      if (!result) return "/signin?error=OidcNotAllowed";
      return result.deactivated ? `/signin?error=${DEACTIVATED}` : true;
    },
    // `account` is only present when a session is being issued: that is when the session version is stamped in.
    async jwt({ token, user, account }) {
      if (account?.provider === "credentials" && user) token.uid = Number(user.id);
      if (account?.provider === "oidc") {
        const linked = await db.account.findUnique({
          where: { provider_providerAccountId: { provider: "oidc", providerAccountId: account.providerAccountId } },
          select: { userId: true },
        });
        token.uid = linked?.userId;
      }
      if (account && token.uid) token.sv = await startSession(token.uid);
      return token;
    },
    async session({ session, token }) {
      session.uid = token.uid;
      session.sv = token.sv;
      return session;
    },
    // next-auth's own check reads "/\t/evil" as a local path; ours reads it as a browser would.
    async redirect({ url, baseUrl }) {
      return new URL(safeCallbackUrl(url, baseUrl), baseUrl).toString();
    },
  },
  events: {
    // Signing out ends every session of the user, so a copy of this cookie stops working too.
    async signOut({ token }) {
      if (token?.uid && token.sv !== undefined) await endSessions(token.uid, token.sv);
    },
  },
};
