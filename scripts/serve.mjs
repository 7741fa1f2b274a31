// Serves the app with Node's http server in front of Next's request handler (the production build, or `next dev`
// with --dev), so that the app can learn each request's socket address (Next's route handlers and Server Actions are
// not given it): it is put in one header, overwriting whatever a client sent under that name, and
// lib/auth/client-address.ts reads it. The request-dependent security headers are set here too, before Next routes
// the request (lib/security/headers.mjs): a Next proxy (middleware) for them cost every page ~1 ms.
import http from "node:http";
import next from "next";
import { secureRequest } from "../lib/security/headers.mjs";
import { createPageCache } from "./lib/page-cache.mjs";
import { requestLogLine } from "./lib/request-log.mjs";
import { root } from "./lib/run.mjs";

const PEER_ADDRESS_HEADER = "x-atlas-peer-address";
const port = Number(process.env.PORT || 3000);

const dev = process.argv.includes("--dev");
const app = next({ dev, dir: root, port });
await app.prepare();
const handle = app.getRequestHandler();
// LOG_FORMAT=json: one line per request on stdout (scripts/lib/request-log.mjs says what is left out, and why).
const logRequests = process.env.LOG_FORMAT === "json";
const pages = createPageCache();
const server = http.createServer((request, response) => {
  request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
  if (logRequests) {
    const started = performance.now();
    response.once("close", () => {
      const line = requestLogLine({
        method: request.method,
        url: request.url,
        status: response.statusCode,
        durationMs: performance.now() - started,
        finished: response.writableFinished,
      });
      process.stdout.write(line + "\n");
    });
  }
  const answer = () => {
    secureRequest(request, response, { dev });
    searchAhead(request);
    return handle(request, response);
  };
  // In development the pages change with the code, which the page cache cannot tell.
  void (dev ? answer() : pages.handle(request, response, answer));
});
const SEARCH_PATHS = new Set(["/postmortems", "/api/v1/postmortems"]);
/** Starts a text search's reads before Next routes the request: lib/data/search.ts (searchAhead) says why. */
function searchAhead(request) {
  const url = request.url ?? "";
  const mark = url.indexOf("?");
  if (request.method !== "GET" || mark < 0 || !SEARCH_PATHS.has(url.slice(0, mark))) return;
  // Registered when the app's data layer first loads; until then the request reads as usual.
  globalThis.atlasSearchAhead?.(new URLSearchParams(url.slice(mark + 1)));
}

// Node closes idle keep-alive sockets after 5 s; a client (or proxy) reusing one at that moment gets ECONNRESET.
// Keep them longer than the usual 60 s proxy idle timeout instead.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, () => {
  if (logRequests) process.stdout.write(JSON.stringify({ time: new Date().toISOString(), level: "info", msg: "ready", port }) + "\n");
  else console.log(`  ▲ Ready on port ${port}`);
});
