import "server-only";
import { json } from "@/lib/api/respond";

export const MAX_JSON_BYTES = 1_000_000;

type BodyResult = { ok: true; value: Record<string, unknown> } | { ok: false; response: Response };

const tooLarge = () => json({ error: "too_large", message: `Bodies are limited to ${MAX_JSON_BYTES} bytes.` }, 413);

/**
 * Reads the body as a stream and stops at MAX_JSON_BYTES, so a chunked body without Content-Length
 * cannot make the server buffer more than that.
 */
async function readLimited(request: Request): Promise<Uint8Array | null> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_JSON_BYTES) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_JSON_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Paths (as `a.0.b`, the way field errors are keyed) of strings or keys holding an unpaired UTF-16 surrogate. */
export function malformedStringPaths(value: unknown, path: string[] = []): string[] {
  if (typeof value === "string") return value.isWellFormed() ? [] : [path.join(".") || "form"];
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const here = [...path, key];
    return key.isWellFormed() ? malformedStringPaths(item, here) : [here.join(".")];
  });
}

/**
 * Reads a JSON object body, refusing with a clear 4xx instead of a 500: too large (413), not UTF-8 or
 * not JSON (400), not an object (400), or holding a lone surrogate, which JSON's `\ud800` escape can
 * produce and nothing can store (400 naming the field).
 */
export async function readJsonObject(request: Request): Promise<BodyResult> {
  const bytes = await readLimited(request);
  if (!bytes) return { ok: false, response: tooLarge() };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, response: json({ error: "invalid_json", message: "The body is not valid UTF-8 JSON." }, 400) };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, response: json({ error: "invalid_input", message: "The body must be a JSON object." }, 400) };
  }
  const malformed = malformedStringPaths(value);
  if (malformed.length) {
    const fields = Object.fromEntries(malformed.map((path) => [path, ["Contains an invalid character (an unpaired UTF-16 surrogate)."]]));
    return { ok: false, response: json({ error: "invalid_input", message: "Some fields need attention.", fields }, 400) };
  }
  return { ok: true, value: value as Record<string, unknown> };
}
