// `npm start`: install if needed, migrate, sync content, build if sources changed, then serve.
// Flags: --reset-db starts from an empty database (used by the end-to-end tests); --dev runs `next dev` instead.
import { spawn } from "node:child_process";
import { bin, buildIfChanged, ensureAuthEnv, ensureDependencies, prepareDatabase, root } from "./lib/run.mjs";

const dev = process.argv.includes("--dev");
const port = process.env.PORT || "3000";
process.env.NEXT_TELEMETRY_DISABLED = "1";
ensureDependencies();
ensureAuthEnv(port);
prepareDatabase({ reset: process.argv.includes("--reset-db") });
if (!dev) buildIfChanged();

console.log(`→ Serving Postmortem Atlas on ${process.env.NEXTAUTH_URL}`);
const server = spawn(bin("next"), [dev ? "dev" : "start", "-p", port], { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
