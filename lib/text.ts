/** Turns rendered HTML into plain text for the search index. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(
      /&(amp|lt|gt|quot|#39|#x27|nbsp);/g,
      (_, entity: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'", nbsp: " " })[entity] ?? " ",
    )
    .replace(/\s+/g, " ")
    .trim();
}

/** A URL slug from free text: lowercase ASCII words joined by dashes, cut after a whole word. */
export function slugify(text: string, max = 60): string {
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
  return slug || words[0]?.slice(0, max) || "postmortem";
}
