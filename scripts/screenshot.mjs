// Takes full-page screenshots of a running atlas: node scripts/screenshot.mjs http://localhost:3000 out-dir [light|dark] [path...]
// With SHOT_EMAIL and SHOT_PASSWORD set, it signs in first (for team, review and admin pages).
import { chromium } from "@playwright/test";

const [base = "http://localhost:3000", out = "e2e/.tmp/shots", scheme = "light", ...paths] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
if (process.env.SHOT_EMAIL) {
  const { csrfToken } = await (await page.request.get(`${base}/api/auth/csrf`)).json();
  await page.request.post(`${base}/api/auth/callback/credentials`, {
    form: { csrfToken, email: process.env.SHOT_EMAIL, password: process.env.SHOT_PASSWORD ?? "", json: "true" },
  });
}
for (const path of paths.length ? paths : ["/"]) {
  await page.goto(base + path);
  const name = path.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home";
  await page.screenshot({ path: `${out}/${name}-${scheme}.png`, fullPage: true });
  console.log(`${out}/${name}-${scheme}.png`);
}
await browser.close();
