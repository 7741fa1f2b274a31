// Plain JavaScript, not TypeScript: the production server loads this file at every start, and a .ts config made it load
// Next's SWC compiler to read it (23 MB of the server's resident memory, for nothing else).
/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "mdx-bundler", "esbuild", "nodemailer"],
  // Headers that never depend on the request, on every answer (static files too). Pages get a
  // nonce-based Content-Security-Policy and HSTS from scripts/serve.mjs (lib/security/headers.mjs); JSON answers
  // need no script at all.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      {
        // next-auth's routes (/api/auth) only redirect, except its fallback sign-out page, which needs its inline style.
        source: "/api/((?!auth/).*)",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'" }],
      },
    ];
  },
};

export default nextConfig;
