// The anonymous page cache: reading pages rendered for a visitor without a session are the same for every such
// visitor except for the CSP nonce, so their HTML is kept and served again with a fresh nonce. An entry is valid
// while the database's "public" cache generation (bumped by triggers on every table a public page shows, whichever
// process or instance wrote) has not moved, and for at most MAX_AGE_MS. See docs/decisions/0011-page-cache.md.
import { randomBytes } from "node:crypto";

const READING_PAGE = /^\/(?:|postmortems(?:\/[^/]+)?|tags(?:\/[^/]+)?|categories(?:\/[^/]+)?|checklists(?:\/[^/]+)?|learn|exposure|insights)$/;
// Cookies that never change what a reading page shows (next-auth's CSRF and callback cookies).
const NEUTRAL_COOKIE = /^(?:__Host-|__Secure-)?next-auth\.(?:csrf-token|callback-url)$/;
// Headers of Next's client navigations and Server Actions: those answers are not HTML pages.
const NEXT_HEADERS = ["rsc", "next-action", "next-router-state-tree", "next-router-prefetch", "next-url"];
const MAX_AGE_MS = 60_000;
const BUDGET_BYTES = 32 * 1024 * 1024;
const NONCE_LENGTH = 24; // 16 bytes in base64

/** The generation pages are rendered against; lib/data registers it when it first loads (null until then). */
async function currentGeneration() {
  const read = globalThis.atlasPublicGeneration;
  try {
    return typeof read === "function" ? await read() : null;
  } catch {
    return null; // the database cannot say: render, and keep nothing
  }
}

function cacheKey(request) {
  if (request.method !== "GET" || request.headers.authorization) return null;
  const url = request.url ?? "";
  const path = url.split("?")[0];
  if (!READING_PAGE.test(path) || url.includes("_rsc=")) return null;
  if (NEXT_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  const cookies = (request.headers.cookie ?? "").split(";").map((part) => part.split("=")[0].trim());
  if (cookies.some((name) => name && !NEUTRAL_COOKIE.test(name))) return null;
  // HSTS and absolute URLs depend on how the page was reached.
  return `${request.headers["x-forwarded-proto"] ?? ""} ${request.headers.host ?? ""} ${url}`;
}

export function createPageCache() {
  const entries = new Map(); // key → { generation, storedAt, status, headers, body, nonce, nonceAt, size }
  let size = 0;

  const forget = (key) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    size -= entry.size;
  };

  const remember = (key, entry) => {
    forget(key);
    entries.set(key, entry);
    size += entry.size;
    for (const oldest of entries.keys()) {
      if (size <= BUDGET_BYTES) break;
      forget(oldest);
    }
  };

  /** Answers from the cache when it can; otherwise arranges for the answer Next writes to be kept. */
  async function handle(request, response, next) {
    const key = cacheKey(request);
    if (!key) return next();
    const generation = await currentGeneration();
    const entry = entries.get(key);
    if (entry && generation !== null && entry.generation === generation && Date.now() - entry.storedAt < MAX_AGE_MS) {
      entries.delete(key); // most recently used last
      entries.set(key, entry);
      return replay(entry, response);
    }
    forget(key);
    // Bodies are kept uncompressed so that the nonce can be replaced; compression is the proxy's job.
    delete request.headers["accept-encoding"];
    if (generation !== null) capture(response, (captured) => remember(key, { ...captured, generation, storedAt: Date.now() }));
    return next();
  }

  return { handle };
}

function replay(entry, response) {
  const nonce = randomBytes(16).toString("base64");
  // A copy: the kept body is never changed, and an earlier answer may still be writing it.
  const body = Buffer.from(entry.body);
  for (const at of entry.nonceAt) body.write(nonce, at, "latin1");
  response.statusCode = entry.status;
  for (const [name, value] of entry.headers) response.setHeader(name, typeof value === "string" ? value.replaceAll(entry.nonce, nonce) : value);
  response.setHeader("content-length", body.length);
  response.setHeader("x-atlas-cache", "hit");
  response.end(body);
}

/** Collects what Next writes; keeps it only for a complete 200 HTML answer with a nonce and no cookie. */
function capture(response, keep) {
  const chunks = [];
  const write = response.write.bind(response);
  const end = response.end.bind(response);
  const collect = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));
  };
  response.write = (chunk, encoding, callback) => {
    collect(chunk, encoding);
    return write(chunk, encoding, callback);
  };
  response.end = (chunk, encoding, callback) => {
    collect(chunk, encoding);
    const result = end(chunk, encoding, callback);
    const headers = response.getHeaders();
    const policy = String(headers["content-security-policy"] ?? "");
    const nonce = policy.match(/'nonce-([^']+)'/)?.[1];
    const cacheable =
      response.statusCode === 200 &&
      String(headers["content-type"] ?? "").startsWith("text/html") &&
      headers["set-cookie"] === undefined &&
      headers["content-encoding"] === undefined &&
      nonce !== undefined;
    // A fresh nonce must fit the old one's bytes: lib/security/headers.mjs makes every nonce from 16 random bytes.
    if (cacheable && nonce.length === NONCE_LENGTH) {
      // Bytes, not a string: a kept page lives outside the JavaScript heap, so it adds nothing to garbage collection.
      const body = Buffer.concat(chunks);
      const kept = Object.entries(headers).filter(
        ([name]) => !["date", "content-length", "connection", "keep-alive", "transfer-encoding"].includes(name),
      );
      keep({ status: 200, headers: kept, body, nonce, nonceAt: offsetsOf(body, nonce), size: body.length + 512 });
    }
    return result;
  };
}

/** Where the nonce's bytes start in the body, each occurrence. */
function offsetsOf(body, nonce) {
  const offsets = [];
  for (let at = body.indexOf(nonce, 0, "latin1"); at !== -1; at = body.indexOf(nonce, at + nonce.length, "latin1")) offsets.push(at);
  return offsets;
}
