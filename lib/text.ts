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

/** A URL slug from free text: lowercase ASCII words joined by dashes. */
export function slugify(text: string, max = 60): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, max)
      .replace(/-+$/, "") || "postmortem"
  );
}
