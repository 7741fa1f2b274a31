// One JSON line per request for `LOG_FORMAT=json` (scripts/serve.mjs). What is logged is chosen so that a log never
// holds a secret or personal data: no bodies, headers, cookies or client addresses; query strings keep their
// parameter names but not their values (search terms, callback URLs, OAuth codes); path segments that are
// credentials (invite links) are replaced.

const SECRET_SEGMENTS = [/^(\/invite\/)[^/]+/];

/** The path without its secrets, and the names of its query parameters. */
export function loggablePath(url = "/") {
  const question = url.indexOf("?");
  let path = question === -1 ? url : url.slice(0, question);
  for (const pattern of SECRET_SEGMENTS) path = path.replace(pattern, "$1[redacted]");
  const query = question === -1 ? [] : [...new Set([...new URLSearchParams(url.slice(question + 1)).keys()])];
  return { path, ...(query.length ? { query } : {}) };
}

/** The log line for one finished (or abandoned, `finished` false) request; `durationMs` from its first byte. */
export function requestLogLine({ method, url, status, durationMs, finished, time = new Date() }) {
  return JSON.stringify({
    time: time.toISOString(),
    level: status >= 500 ? "error" : "info",
    msg: "request",
    method,
    ...loggablePath(url),
    status,
    durationMs: Math.round(durationMs * 10) / 10,
    ...(finished ? {} : { aborted: true }),
  });
}
