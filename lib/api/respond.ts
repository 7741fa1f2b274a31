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
