import { config } from "zod/v4/core";

// Zod compiles object parsers with `new Function` when the page allows it, and merely probing for that
// trips our Content-Security-Policy (no 'unsafe-eval', docs/decisions/0007-csp.md). This file runs
// before any client component module, so schemas are built in the interpreted mode from the start.
// Only zod's core config is imported: the whole library would add ~30 KiB gzipped to every page.
config({ jitless: true });
