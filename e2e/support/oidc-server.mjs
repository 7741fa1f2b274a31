// A real OpenID Connect provider on loopback for the end-to-end tests (oidc-provider with its dev login screen:
// any login name is accepted and becomes the subject; the email is <login>@sso.example.test, verified).
import Provider from "oidc-provider";

const port = Number(process.env.OIDC_PORT ?? 3211);
const appUrl = process.env.APP_URL ?? "http://127.0.0.1:3210";

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: "atlas-e2e",
      client_secret: "atlas-e2e-secret",
      redirect_uris: [`${appUrl}/api/auth/callback/oidc`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  async findAccount(_ctx, sub) {
    return { accountId: sub, claims: async () => ({ sub, email: `${sub}@sso.example.test`, email_verified: true, name: `SSO ${sub}` }) };
  },
  cookies: { keys: ["e2e-only-cookie-key"] },
  // Put scope claims (email, name) in the ID token, as most providers do; next-auth reads the ID token.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
});

provider.listen(port, "127.0.0.1", () => console.log(`OIDC provider on http://127.0.0.1:${port}`));
