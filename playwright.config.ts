import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const OIDC_PORT = PORT + 1;
/** The SMTP sink e2e/notifications.spec.ts starts on loopback (e2e/support/smtp-sink.ts). */
export const SMTP_PORT = PORT + 2;
export const baseURL = `http://127.0.0.1:${PORT}`;
const READING_SPECS = /(home|browse|search|detail|api|a11y|no-js)\.spec\.ts$/;

export default defineConfig({
  testDir: "e2e",
  outputDir: "e2e/.tmp/results",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  // CI machines have two cores shared by the app, two browsers and the test workers, and their speed varies by
  // 2× from run to run; a hang still fails, only later.
  timeout: process.env.CI ? 60_000 : 30_000,
  expect: { timeout: process.env.CI ? 10_000 : 5_000 },
  workers: 2,
  reporter: "list",
  use: {
    baseURL,
    // A trace records every action's DOM and screenshots: on CI's two busy cores that is a large share of the run's
    // CPU, so CI records only a failed test's retry; a local run (no retries) keeps the trace of any failure.
    trace: process.env.CI ? "on-first-retry" : "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    // Specs that count curated stories run first, before other specs add public team postmortems.
    { name: "reading", testMatch: READING_SPECS, use: { ...devices["Desktop Chrome"] } },
    { name: "writing", testIgnore: READING_SPECS, dependencies: ["reading"], use: { ...devices["Desktop Chrome"] } },
  ],
  webServer: [
    {
      // A real OpenID Connect provider on loopback, for single sign-on tests.
      command: "node e2e/support/oidc-server.mjs",
      url: `http://127.0.0.1:${OIDC_PORT}/.well-known/openid-configuration`,
      env: { OIDC_PORT: String(OIDC_PORT), APP_URL: baseURL },
      reuseExistingServer: !process.env.CI,
      stdout: "ignore",
    },
    {
      // The real app on its own database, rebuilt only when sources changed.
      command: "node scripts/start.mjs --reset-db",
      url: `${baseURL}/api/v1/tags`,
      env: {
        // npm test runs a core set of specs a second time on PostgreSQL (scripts/test.mjs).
        DATABASE_URL: process.env.E2E_DATABASE_URL || "file:./data/e2e.db",
        PORT: String(PORT),
        NEXTAUTH_URL: baseURL,
        NEXTAUTH_SECRET: "e2e-only-secret-not-for-production",
        // Specs give each rate-limit scenario its own client address through X-Forwarded-For (one trusted hop).
        TRUST_PROXY: "1",
        OIDC_ISSUER: `http://127.0.0.1:${OIDC_PORT}`,
        OIDC_CLIENT_ID: "atlas-e2e",
        OIDC_CLIENT_SECRET: "atlas-e2e-secret",
        OIDC_NAME: "Test SSO",
        // Mail goes to the sink the notification specs start; the delivery worker looks often and retries soon.
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        // The webhook receivers the specs start listen on 127.0.0.1; localhost and every other internal address stay refused.
        WEBHOOK_ALLOW_HOSTS: "127.0.0.1",
        DELIVERY_POLL_MS: "250",
        DELIVERY_RETRY_MS: "1000",
        ACTION_REMINDER_MS: "1000",
      },
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
