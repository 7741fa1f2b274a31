/**
 * The header scripts/serve.mjs sets on every request to the socket's remote address, overwriting anything a client
 * sent under that name. Next's own server only fills X-Forwarded-For when the client did not, so that header alone
 * cannot be trusted.
 */
export const PEER_ADDRESS_HEADER = "x-atlas-peer-address";

const normalise = (address: string) =>
  address
    .trim()
    .replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1")
    .slice(0, 64);

/**
 * The client's address, for per-address rate limits, or null when it cannot be known.
 * - `trustProxy` 0: the socket address; X-Forwarded-For is ignored, since any client can send it.
 * - `trustProxy` N: the app sits behind N proxies that each append the address they saw to X-Forwarded-For, so the
 *   client is the Nth address to the left of the socket's (entries further left were written by the client).
 * Without the peer header (the app was not started by scripts/serve.mjs, e.g. `next dev`) and no trusted proxy,
 * the address is unknown and callers fall back to per-account limits only.
 */
export function clientAddress(headers: Headers, trustProxy: number): string | null {
  const peer = headers.get(PEER_ADDRESS_HEADER);
  if (trustProxy === 0) return peer ? normalise(peer) || null : null;
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map(normalise).filter(Boolean);
  const chain = peer ? [...forwarded, normalise(peer)] : forwarded;
  // Without the peer header, Next's server has already put the socket address into an empty X-Forwarded-For.
  const hopsFromRight = peer ? trustProxy : trustProxy - 1;
  if (chain.length === 0) return null;
  return chain[Math.max(0, chain.length - 1 - hopsFromRight)]!;
}
