import Link from "next/link";
import type { PostmortemCard as Card } from "@/lib/data/cards";
import { formatDuration, formatIncidentDate } from "@/lib/format";
import { PLATFORM_LABELS, type Platform } from "@/lib/validation/vocabulary";
import { severityBadge } from "@/components/postmortems/severity-badge";
import { SnippetText } from "@/components/postmortems/snippet-text";
import { statusBadges } from "@/components/postmortems/status-badges";
import { coverageBadge } from "@/components/postmortems/coverage-badge";
import { markup } from "@/lib/html/markup";
import { ChipRow, tagChips } from "@/components/postmortems/chip-list";

export function PostmortemCard({ postmortem, headingLevel = 3 }: { postmortem: Card; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const duration = formatDuration(postmortem.durationMinutes, postmortem.durationApproximate);
  const platform = postmortem.platform && (PLATFORM_LABELS[postmortem.platform as Platform] ?? postmortem.platform);
  // The line above the title is one string of markup (lib/html/markup.ts): a list page has twenty of them. A
  // "dot-before" is a middle dot drawn by CSS, silent to screen readers.
  const meta = markup`${postmortem.severity && severityBadge(postmortem.severity)}${coverageBadge(postmortem.coverage, postmortem.origin)}${statusBadges(postmortem)}<span>${postmortem.team ? `Team ${postmortem.team.name}` : postmortem.organization}</span><span class="dot-before">${postmortem.coverage === "listed" && "Published "}${formatIncidentDate(postmortem.incidentDate, postmortem.datePrecision)}</span>${duration && markup`<span class="dot-before">${duration}</span>`}${platform && markup`<span class="dot-before">${platform}</span>`}`;
  return (
    <article className="card space-y-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 overflow-x-clip text-xs muted" dangerouslySetInnerHTML={{ __html: meta.html }} />
      <Heading className="text-base font-semibold">
        <Link href={`/postmortems/${postmortem.slug}`}>{postmortem.title}</Link>
      </Heading>
      {postmortem.snippet?.length ? (
        <SnippetText segments={postmortem.snippet} />
      ) : postmortem.coverage === "listed" ? (
        postmortem.impact && <p className="text-sm muted">Impact, as listed: {postmortem.impact}</p>
      ) : (
        <p className="text-sm muted">{postmortem.summary}</p>
      )}
      {postmortem.tags.length > 0 && <ChipRow label="Tags" chips={tagChips(postmortem.tags)} />}
    </article>
  );
}

export function PostmortemList({ items, headingLevel }: { items: Card[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li key={item.slug}>
          <PostmortemCard postmortem={item} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
