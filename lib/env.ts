import { z } from "zod";

// Every environment variable the app, `npm start` and the tests read, validated in one place. `npm start`
// checks them before building (scripts/check-env.ts) and the server again when it boots (instrumentation.ts),
// so a typo such as REGISTRATION=invite_only stops the start instead of silently meaning something else.
// No `@/` imports here: scripts/check-env.ts loads this file on its own, before the build.

/** Empty values (`NAME=` in .env) mean "unset", as in .env.example. */
const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

const httpUrl = z.url({ protocol: /^https?$/, message: "must be an http(s) URL, like https://atlas.example.com" });

/** `TRUST_PROXY`: how many reverse proxies in front of the app append to X-Forwarded-For (0: none, trust no header). */
const trustProxy = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(true|false|yes|no|\d{1,2})$/, 'must be "true", "false" or the number of proxies in front of the app (0–10)')
  .transform((value) => (value === "true" || value === "yes" ? 1 : value === "false" || value === "no" ? 0 : Number(value)))
  .pipe(z.number().max(10, "must be at most 10 proxies"));

const OIDC_REQUIRED = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;

export const envSchema = z
  .object({
    NODE_ENV: optional(z.enum(["development", "production", "test"], { message: 'must be "development", "production" or "test"' })),
    DATABASE_URL: optional(
      z
        .string()
        .trim()
        .regex(
          /^(file:.+|postgres(ql)?:\/\/.+)/i,
          "must be a SQLite file URL (file:./data/atlas.db) or a PostgreSQL URL (postgres://user:password@host:5432/atlas)",
        ),
    ),
    PORT: optional(
      z
        .string()
        .regex(/^\d+$/, "must be a port number between 1 and 65535")
        .transform(Number)
        .pipe(z.number().min(1, "must be a port number between 1 and 65535").max(65535, "must be a port number between 1 and 65535")),
    ),
    NEXTAUTH_URL: optional(httpUrl),
    NEXTAUTH_SECRET: optional(z.string().min(1)),
    REGISTRATION: z.preprocess(blank, z.enum(["open", "invite-only"], { message: 'must be "open" or "invite-only"' }).default("open")),
    TRUST_PROXY: z.preprocess(blank, trustProxy.optional()).transform((hops) => hops ?? 0),
    OIDC_ISSUER: optional(httpUrl),
    OIDC_CLIENT_ID: optional(z.string()),
    OIDC_CLIENT_SECRET: optional(z.string()),
    OIDC_NAME: optional(z.string().max(60, "must be at most 60 characters")),
    CHROMIUM_PATH: optional(z.string()),
    /** `json`: one JSON line per request on stdout (scripts/serve.mjs); unset or `text`: Next's usual output. */
    /** PostgreSQL connections per instance (lib/db-client.ts). */
    DATABASE_POOL_SIZE: optional(z.string().regex(/^[1-9]\d{0,3}$/, "must be a number of connections between 1 and 9999")),
    /** pg_dump for `npm run backup` on PostgreSQL, when the one on PATH is not the server's major version. */
    PG_DUMP: optional(z.string()),
    /** Outgoing mail (notifications, password resets), e.g. smtp://user:pass@mail.example.com:587. Unset: no email. */
    SMTP_URL: optional(
      z.url({ protocol: /^smtps?$/, message: "must be an smtp:// or smtps:// URL, like smtp://user:password@mail.example.com:587" }),
    ),
    /** The From of those mails. */
    MAIL_FROM: optional(z.string().max(200)),
    /** Hosts webhooks may call although they are internal (comma-separated names or IPs); by default none are. */
    WEBHOOK_ALLOW_HOSTS: z.preprocess(
      (v) =>
        typeof v === "string"
          ? v
              .split(",")
              .map((host) => host.trim())
              .filter(Boolean)
          : [],
      z.array(z.string().max(253)),
    ),
    /** The delivery worker: "off" runs none in this instance (another one delivers); default "on". */
    DELIVERY_WORKER: z.preprocess(blank, z.enum(["on", "off"], { message: 'must be "on" or "off"' }).default("on")),
    /** The worker's timings in ms (tests shorten them): how often it looks, how long a claim holds, first retry wait. */
    DELIVERY_POLL_MS: z.preprocess(blank, z.coerce.number().int().min(50).max(600_000).default(2_000)),
    DELIVERY_LEASE_MS: z.preprocess(blank, z.coerce.number().int().min(100).max(3_600_000).default(120_000)),
    DELIVERY_RETRY_MS: z.preprocess(blank, z.coerce.number().int().min(50).max(3_600_000).default(10_000)),
    /** How often the worker looks for action items that fell due (reminders to owners); default 10 minutes. */
    ACTION_REMINDER_MS: z.preprocess(blank, z.coerce.number().int().min(50).max(86_400_000).default(600_000)),
    LOG_FORMAT: optional(z.enum(["text", "json"], { message: 'must be "text" or "json"' })),
    /** Set by Next itself; `phase-production-build` while `next build` runs. */
    NEXT_PHASE: optional(z.string()),
  })
  .superRefine((env, ctx) => {
    const set = OIDC_REQUIRED.filter((name) => env[name] !== undefined);
    if (set.length > 0 && set.length < OIDC_REQUIRED.length) {
      for (const name of OIDC_REQUIRED.filter((n) => env[n] === undefined)) {
        ctx.addIssue({
          code: "custom",
          path: [name],
          message: `must be set too when ${set.join(" and ")} ${set.length > 1 ? "are" : "is"} (single sign-on needs all three)`,
        });
      }
    }
    // Required to serve, not to build: `next build` runs in production mode but signs nothing.
    if (env.NODE_ENV === "production" && env.NEXT_PHASE !== "phase-production-build" && !env.NEXTAUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "must be set in production (npm start generates one into data/.auth-secret)",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

const SECRET = /SECRET/;

/** One line per problem, naming the variable and (except for secrets) the value it had. */
export function envProblems(error: z.ZodError, source: Record<string, string | undefined>): string[] {
  return error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "environment");
    const value = source[name];
    // A database URL may carry a password: show it with the credentials blanked out.
    const shown = name === "DATABASE_URL" ? value?.replace(/\/\/[^@/]*@/, "//…@") : value;
    const got = shown === undefined || SECRET.test(name) ? "" : ` (got ${JSON.stringify(shown)})`;
    return `${name} ${issue.message}${got}`;
  });
}

export function parseEnv(source: Record<string, string | undefined> = process.env): { ok: true; env: Env } | { ok: false; problems: string[] } {
  const parsed = envSchema.safeParse(source);
  return parsed.success ? { ok: true, env: parsed.data } : { ok: false, problems: envProblems(parsed.error, source) };
}

/**
 * The validated environment. Parsed on each call (a few microseconds) rather than once, so tests and scripts
 * that set a variable see it; an invalid value throws with the same message `npm start` prints.
 */
export function env(): Env {
  const result = parseEnv();
  if (!result.ok) throw new Error(`Invalid environment: ${result.problems.join("; ")}`);
  return result.env;
}
