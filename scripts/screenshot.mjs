// Takes full-page screenshots of a running atlas: node scripts/screenshot.mjs http://localhost:3000 out-dir [light|dark] [path...]
import { chromium } from "@playwright/test";

const [base = "http://localhost:3000", out = "e2e/.tmp/shots", scheme = "light", ...paths] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
for (const path of paths.length ? paths : ["/"]) {
  await page.goto(base + path);
  const name = path.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home";
  await page.screenshot({ path: `${out}/${name}-${scheme}.png`, fullPage: true });
  console.log(`${out}/${name}-${scheme}.png`);
}
await browser.close();
