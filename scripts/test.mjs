// `npm test`: type check, unit tests (Vitest), then end-to-end tests (Playwright on Debian's Chromium).
import { ensureChromium } from "./lib/chromium.mjs";
import { bin, ensureDependencies, generateClients, run } from "./lib/run.mjs";

ensureDependencies();
generateClients();
console.log("→ Type check");
run(bin("tsc"), ["--noEmit"]);
console.log("→ Lint and format");
run(bin("eslint"), [".", "--max-warnings", "0"]);
run(bin("prettier"), ["--check", ".", "--log-level", "warn"]);
console.log("→ Unit tests");
run(bin("vitest"), ["run"]);
ensureChromium();
console.log("→ End-to-end tests");
run(bin("playwright"), ["test"]);
