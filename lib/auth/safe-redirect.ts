/** Only same-site paths may be redirect targets, so a crafted link cannot bounce a user elsewhere. */
export function safeCallbackUrl(value: unknown, fallback = "/"): string {
  const url = Array.isArray(value) ? value[0] : value;
  if (typeof url !== "string" || !url.startsWith("/") || url.startsWith("//") || url.startsWith("/\\")) return fallback;
  return url;
}
