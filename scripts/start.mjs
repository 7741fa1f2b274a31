// `npm start`: install if needed, migrate, sync content, build if sources changed, then serve.
// Flags: --reset-db starts from an empty database (used by the end-to-end tests); --dev serves `next dev` instead of
// the production build (through scripts/serve.mjs all the same).
import { spawn } from "node:child_process";
import { buildIfChanged, checkEnv, ensureAuthEnv, ensureDependencies, loadEnvFiles, prepareDatabase, root, serveCommand } from "./lib/run.mjs";

const dev = process.argv.includes("--dev");
process.env.NEXT_TELEMETRY_DISABLED = "1";
ensureDependencies();
await loadEnvFiles(dev);
checkEnv();
const port = process.env.PORT || "3000";
ensureAuthEnv(port);
prepareDatabase({ reset: process.argv.includes("--reset-db") });
if (!dev) buildIfChanged();

console.log(`→ Serving Postmortem Atlas on ${process.env.NEXTAUTH_URL}`);
// Served by scripts/serve.mjs, which tells the app each request's socket address (for rate limits) and sets the
// security headers that depend on the request.
const server = spawn(...serveCommand({ dev }), {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, PORT: port, NODE_ENV: dev ? "development" : "production" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
