// Zod compiles object parsers with `new Function` when the page allows it, and merely probing for that
// trips our Content-Security-Policy (no 'unsafe-eval', docs/decisions/0007-csp.md). This file runs
// before any client component module, so schemas are built in the interpreted mode from the start.
// Zod reads its global config from this property when it loads (zod/v4/core `globalConfig`); setting it
// here, instead of importing zod's `config()`, keeps zod out of the reading pages' first-load JavaScript.
// lib/validation/zod-jitless.test.ts proves zod still picks it up.
const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
zodGlobal.__zod_globalConfig = { ...zodGlobal.__zod_globalConfig, jitless: true };
export {};
