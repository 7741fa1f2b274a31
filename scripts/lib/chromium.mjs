// Playwright cannot download its own browser here; the end-to-end tests use Debian's Chromium.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

export const chromiumPath = () => process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export function ensureChromium() {
  if (fs.existsSync(chromiumPath())) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (!isRoot || !hasApt || process.env.CHROMIUM_PATH) {
    console.error(
      `✗ No Chromium at ${chromiumPath()}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`,
    );
    process.exit(1);
  }
  console.log("→ Installing Chromium from Debian packages…");
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", "chromium", "fonts-noto-color-emoji"],
  ]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (result.status !== 0) {
      console.error(`✗ apt-get ${args.join(" ")} failed.`);
      process.exit(1);
    }
  }
}
