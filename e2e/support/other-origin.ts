import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Serves one HTML page from 127.0.0.1 on a free port: another origin, but the same site as the app
 * (the port does not count for cookies), which is where a CSRF or framing attack would come from.
 */
export async function serveOtherOrigin(html: string) {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
