// One story is often linked in several spellings: http or https, with or without `www.`, a trailing slash, a
// fragment, or tracking parameters appended by whoever shared it. Duplicate detection compares this key instead.

/** Query parameters that only say where a click came from; they never change which page is meant. */
const TRACKING = /^(utm_.+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|mkt_tok|ref|ref_src|source)$/i;

/**
 * A comparison key for a public http(s) URL: scheme, `www.`, default port, fragment, tracking parameters and
 * trailing slashes dropped; host lower-cased; the remaining parameters sorted. Returns null for anything else.
 */
export function normaliseSourceUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, "");
  if (!host) return null;
  const params = [...url.searchParams]
    .filter(([key]) => !TRACKING.test(key))
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : "";
  const path = url.pathname.replace(/\/+$/, "");
  return `${host}${url.port ? `:${url.port}` : ""}${path}${query}`;
}
