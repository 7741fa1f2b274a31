/** Turns rendered HTML into plain text for the search index. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi, (_, decimal?: string, hex?: string, name?: string) => {
      if (name) return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " }[name.toLowerCase()] ?? " ";
      const code = decimal ? Number(decimal) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : "\uFFFD";
    })
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A URL slug from free text: lowercase ASCII words joined by dashes, cut after a whole word. `fallback` when the
 * text has no ASCII letters or digits at all (a name in Japanese, say).
 */
export function slugify(text: string, max = 60, fallback = "postmortem"): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > max) break;
    slug = next;
  }
  // A first word longer than the limit is all there is to go on: cut it rather than return nothing.
  return slug || words[0]?.slice(0, max) || fallback;
}
