export type FieldErrors = Record<string, string[] | undefined>;

export type ActionFailure = {
  ok: false;
  status: 400 | 401 | 403 | 404 | 409 | 413 | 429;
  message: string;
  errors?: FieldErrors;
  /** On 409, the current server state, so the client can show both versions. */
  conflict?: unknown;
  /** On 429, how many seconds to wait (the API sends it as Retry-After). */
  retryAfter?: number;
};
export type ActionResult<T = undefined> = { ok: true; data: T; message?: string } | ActionFailure;

/** Thrown by lib/data writes for refusals the caller should see; the wrapper turns it into an ActionFailure. */
export class DomainError extends Error {
  constructor(
    readonly status: ActionFailure["status"],
    message: string,
    readonly extra: Pick<ActionFailure, "errors" | "conflict" | "retryAfter"> = {},
  ) {
    super(message);
  }
}

export const forbidden = (what = "You are not allowed to do that.") => new DomainError(403, what);
export const notFound = (what = "Not found.") => new DomainError(404, what);
