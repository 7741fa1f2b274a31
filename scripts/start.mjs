// `npm start`: install if needed, migrate, sync content, build if sources changed, then serve.
// Flags: --reset-db starts from an empty database (used by the end-to-end tests).
import { spawn } from "node:child_process";
import { bin, buildIfChanged, ensureDependencies, prepareDatabase, root } from "./lib/run.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
ensureDependencies();
prepareDatabase({ reset: process.argv.includes("--reset-db") });
buildIfChanged();

const port = process.env.PORT || "3000";
console.log(`→ Serving Postmortem Atlas on http://localhost:${port}`);
const server = spawn(bin("next"), ["start", "-p", port], { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
