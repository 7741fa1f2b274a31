import { XMLParser, XMLValidator } from "fast-xml-parser";

type Node = Record<string, unknown>;
const list = (value: unknown): Node[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]) as Node[];
const text = (value: unknown) => (typeof value === "object" && value !== null ? String((value as Node)["#text"] ?? "") : String(value ?? ""));
// RFC 3339 date-time, as RFC 4287 §3.3 requires (upper-case T and Z).
const DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const isAbsoluteIri = (value: string) => {
  try {
    return Boolean(new URL(value).protocol);
  } catch {
    return false;
  }
};

export type AtomEntry = { id: string; title: string; link: string; summary: string; categories: { term: string; scheme: string; label: string }[] };

/**
 * Checks an Atom 1.0 document against RFC 4287's rules a reader relies on: well-formed XML in the Atom namespace;
 * the feed and every entry have exactly one absolute id, one title and one RFC 3339 updated; authors on the
 * feed or on every entry; a rel="alternate" link; at most one alternate link per type; ids unique across entries.
 * Returns the problems (empty when valid) and the entries for further checks.
 */
export function checkAtom(xml: string): { problems: string[]; entries: AtomEntry[]; feed: Node } {
  const problems: string[] = [];
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return { problems: [`not well-formed: ${wellFormed.err.msg} (line ${wellFormed.err.line})`], entries: [], feed: {} };
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", cdataPropName: false }).parse(xml) as Node;
  const feed = doc.feed as Node | undefined;
  if (!feed) return { problems: ["the root element is not <feed>"], entries: [], feed: {} };
  if (feed["@xmlns"] !== "http://www.w3.org/2005/Atom") problems.push("the feed is not in the Atom namespace");

  const checkCommon = (node: Node, where: string) => {
    for (const name of ["id", "title", "updated"]) {
      if (list(node[name]).length !== 1) problems.push(`${where} needs exactly one <${name}>`);
    }
    if (!isAbsoluteIri(text(node.id))) problems.push(`${where} id is not an absolute IRI: ${text(node.id)}`);
    if (!DATE.test(text(node.updated))) problems.push(`${where} updated is not an RFC 3339 date: ${text(node.updated)}`);
    if (node.published !== undefined && !DATE.test(text(node.published))) problems.push(`${where} published is not an RFC 3339 date`);
    for (const author of list(node.author)) if (!text(author.name).trim()) problems.push(`${where} has an author without a name`);
    const links = list(node.link);
    const alternates = links.filter((link) => (link["@rel"] ?? "alternate") === "alternate");
    const types = alternates.map((link) => `${link["@type"] ?? ""} ${link["@hreflang"] ?? ""}`);
    if (new Set(types).size !== types.length) problems.push(`${where} has two alternate links of the same type`);
    for (const link of links) if (!isAbsoluteIri(String(link["@href"] ?? ""))) problems.push(`${where} has a link without an absolute href`);
    return alternates;
  };

  if (checkCommon(feed, "the feed").length === 0) problems.push("the feed has no rel=alternate link");
  const feedHasAuthor = list(feed.author).length > 0;
  const entries = list(feed.entry);
  const ids = new Set<string>();
  const parsed = entries.map((entry, i) => {
    const where = `entry ${i + 1}`;
    const alternates = checkCommon(entry, where);
    if (!feedHasAuthor && list(entry.author).length === 0) problems.push(`${where} has no author, and neither has the feed`);
    if (entry.content === undefined && alternates.length === 0) problems.push(`${where} has neither content nor an alternate link`);
    const id = text(entry.id);
    if (ids.has(id)) problems.push(`${where} repeats the id ${id}`);
    ids.add(id);
    return {
      id,
      title: text(entry.title),
      link: String(alternates[0]?.["@href"] ?? ""),
      summary: text(entry.summary),
      categories: list(entry.category).map((c) => ({
        term: String(c["@term"] ?? ""),
        scheme: String(c["@scheme"] ?? ""),
        label: String(c["@label"] ?? ""),
      })),
    };
  });
  return { problems, entries: parsed, feed };
}
