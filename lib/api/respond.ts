import "server-only";
import { NextResponse } from "next/server";
import type { ActionResult } from "@/lib/actions/result";
import type { ParamErrors } from "@/lib/validation/browse-params";

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  NextResponse.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

export const badRequest = (errors: ParamErrors) =>
  json({ error: "invalid_parameters", message: `Invalid parameter: ${Object.keys(errors).join(", ")}`, fields: errors }, 400);

export const notFoundJson = (what: string) => json({ error: "not_found", message: `${what} not found` }, 404);

const ERROR_CODES = {
  400: "invalid_input",
  401: "unauthenticated",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "too_large",
  429: "rate_limited",
} as const;

/** Turns a mutation result into the API's JSON: the data on success, `{ error, message, fields?, current? }` otherwise. */
export function fromResult<T>(result: ActionResult<T>, successStatus = 200) {
  if (result.ok) return json(result.data, successStatus);
  return json(
    {
      error: ERROR_CODES[result.status],
      message: result.message,
      ...(result.errors ? { fields: result.errors } : {}),
      ...(result.conflict ? { current: result.conflict } : {}),
    },
    result.status,
    result.retryAfter ? { "Retry-After": String(result.retryAfter) } : {},
  );
}

export const MAX_JSON_BYTES = 1_000_000;

/** Reads a JSON body, refusing oversized or malformed ones with a clear error instead of a 500. */
export async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_JSON_BYTES)
    return { ok: false, response: json({ error: "too_large", message: `Bodies are limited to ${MAX_JSON_BYTES} bytes.` }, 413) };
  const text = await request.text();
  if (text.length > MAX_JSON_BYTES)
    return { ok: false, response: json({ error: "too_large", message: `Bodies are limited to ${MAX_JSON_BYTES} bytes.` }, 413) };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: json({ error: "invalid_json", message: "The body is not valid JSON." }, 400) };
  }
}

/** As readJson, but the body must be a JSON object (fields are merged with path parameters). */
export async function readJsonObject(request: Request): Promise<{ ok: true; value: object } | { ok: false; response: Response }> {
  const body = await readJson(request);
  if (!body.ok) return body;
  if (typeof body.value !== "object" || body.value === null || Array.isArray(body.value)) {
    return { ok: false, response: json({ error: "invalid_input", message: "The body must be a JSON object." }, 400) };
  }
  return { ok: true, value: body.value };
}
