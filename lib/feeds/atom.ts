import { Feed } from "feed";
import { SEVERITY_INFO, type Severity } from "@/lib/validation/vocabulary";

/** What one feed entry needs from a postmortem. */
export type FeedStory = {
  slug: string;
  title: string;
  summary: string;
  severity: string;
  organization: string;
  team: { name: string } | null;
  tags: { slug: string; name: string }[];
  updatedAt: Date;
  publishedAt: Date | null;
};

export type FeedMeta = {
  /** The app's origin, e.g. `https://atlas.example.com`: every link and id in the feed is absolute. */
  origin: string;
  title: string;
  subtitle: string;
  /** The feed's own URL (rel="self"), without secrets: it doubles as the feed's id. */
  selfUrl: string;
  /** The HTML page showing the same list (rel="alternate"). */
  alternateUrl: string;
};

const SITE = "Postmortem Atlas";

// Titles and summaries are sent as type="html", so plain text must be escaped to stay text in a reader.
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
// feed 6.0.0 escapes only "&" in attribute values, and "<" is not allowed there: keep labels well-formed.
const attributeText = (text: string) => text.replace(/</g, "‹");

// A feed reader files entries under the category's words: the plain tier name, not k8s.af's joke.
const severityLabel = (severity: string) => SEVERITY_INFO[severity as Severity]?.short ?? null;

function summaryHtml(story: FeedStory): string {
  const severity = severityLabel(story.severity);
  const parts = [
    severity ? `<p><strong>Severity:</strong> ${escapeHtml(severity)}</p>` : "",
    story.summary ? `<p>${escapeHtml(story.summary)}</p>` : "",
    story.tags.length ? `<p><strong>Tags:</strong> ${escapeHtml(story.tags.map((t) => t.name).join(", "))}</p>` : "",
  ];
  return parts.join("");
}

/**
 * An Atom 1.0 document for these stories, in the order given (newest first). Built with the `feed` package;
 * each entry carries its severity and tags as categories, its team or organisation as author, and the story's
 * page as both link and id, so the same story has the same id in every feed.
 */
export function atomFeed(meta: FeedMeta, stories: FeedStory[]): string {
  const updated = stories.reduce<Date | null>((latest, s) => (latest && latest >= s.updatedAt ? latest : s.updatedAt), null);
  const feed = new Feed({
    id: meta.selfUrl,
    title: meta.title,
    description: meta.subtitle,
    link: meta.alternateUrl,
    feedLinks: { atom: meta.selfUrl },
    // An empty feed has no entry to date it by; the epoch keeps it stable between polls.
    updated: updated ?? new Date(0),
    author: { name: SITE, link: meta.origin },
    generator: false,
  });
  for (const story of stories) {
    const link = `${meta.origin}/postmortems/${encodeURIComponent(story.slug)}`;
    const severity = severityLabel(story.severity);
    feed.addItem({
      id: link,
      link,
      title: escapeHtml(story.title),
      description: summaryHtml(story),
      date: story.updatedAt,
      ...(story.publishedAt ? { published: story.publishedAt } : {}),
      author: [{ name: story.team?.name || story.organization || SITE }],
      category: [
        ...(severity ? [{ term: story.severity, name: attributeText(severity), scheme: `${meta.origin}/postmortems#severity` }] : []),
        ...story.tags.map((tag) => ({ term: tag.slug, name: attributeText(tag.name), scheme: `${meta.origin}/tags` })),
      ],
    });
  }
  return feed.atom1();
}
