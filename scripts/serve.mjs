// Serves the production build with Node's http server in front of Next's request handler, so that the app can
// learn each request's socket address (Next's route handlers and Server Actions are not given it). The address is
// put in one header, overwriting whatever a client sent under that name; lib/auth/client-address.ts reads it.
import http from "node:http";
import next from "next";
import { createPageCache } from "./lib/page-cache.mjs";
import { root } from "./lib/run.mjs";

const PEER_ADDRESS_HEADER = "x-atlas-peer-address";
const port = Number(process.env.PORT || 3000);

const app = next({ dev: false, dir: root, port });
await app.prepare();
const handle = app.getRequestHandler();
const pages = createPageCache();
const server = http.createServer((request, response) => {
  request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
  void pages.handle(request, response, () => handle(request, response));
});
// Node closes idle keep-alive sockets after 5 s; a client (or proxy) reusing one at that moment gets ECONNRESET.
// Keep them longer than the usual 60 s proxy idle timeout instead.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, () => console.log(`  ▲ Ready on port ${port}`));
