// Stands in for the app's origin when only relative targets are acceptable; `.invalid` never resolves.
const PLACEHOLDER_ORIGIN = "http://atlas.invalid";

/**
 * Only same-origin paths may be redirect targets, so a crafted link cannot bounce a user elsewhere.
 * The value is read the way a browser would read it before the check: tabs and newlines vanish
 * anywhere, leading and trailing controls and spaces are trimmed, and a backslash is a slash
 * (so `/\t/evil`, `/\evil` and ` //evil` are all `//evil`). Then it is resolved against `origin`
 * and kept only when it stays there. The answer is a path (never `//…`), or `fallback`.
 */
export function safeCallbackUrl(value: unknown, origin: string = PLACEHOLDER_ORIGIN, fallback = "/"): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string") return fallback;
  const normalised = raw
    .replace(/[\t\n\r]/g, "")
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "")
    .replace(/\\/g, "/");
  if (!normalised) return fallback;
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(normalised, base);
  } catch {
    return fallback;
  }
  if (target.origin !== base.origin) return fallback;
  const path = `${target.pathname}${target.search}${target.hash}`;
  // `/.//evil` resolves to the path `//evil`, which a browser would read as another host.
  return path.startsWith("//") ? fallback : path;
}
