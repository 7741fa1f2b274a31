import Link from "next/link";
import type { PostmortemCard as Card } from "@/lib/data/cards";
import { formatDuration, formatIncidentDate } from "@/lib/format";
import { PLATFORM_LABELS, type Platform } from "@/lib/validation/vocabulary";
import { SeverityBadge } from "@/components/postmortems/severity-badge";
import { SnippetText } from "@/components/postmortems/snippet-text";
import { StatusBadges } from "@/components/postmortems/status-badges";
import { CoverageBadge } from "@/components/postmortems/coverage-badge";
import { ChipRow, tagChips } from "@/components/postmortems/chip-list";

export function PostmortemCard({ postmortem, headingLevel = 3 }: { postmortem: Card; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const duration = formatDuration(postmortem.durationMinutes, postmortem.durationApproximate);
  return (
    <article className="card space-y-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 overflow-x-clip text-xs muted">
        {postmortem.severity && <SeverityBadge severity={postmortem.severity} />}
        <CoverageBadge coverage={postmortem.coverage} origin={postmortem.origin} />
        <StatusBadges kind={postmortem.kind} status={postmortem.status} visibility={postmortem.visibility} />
        <span>{postmortem.team ? `Team ${postmortem.team.name}` : postmortem.organization}</span>
        {/* "dot-before": a middle dot drawn by CSS, silent to screen readers: fewer elements on every list page. */}
        <span className="dot-before">
          {postmortem.coverage === "listed" && "Published "}
          {formatIncidentDate(postmortem.incidentDate, postmortem.datePrecision)}
        </span>
        {duration && <span className="dot-before">{duration}</span>}
        {postmortem.platform && <span className="dot-before">{PLATFORM_LABELS[postmortem.platform as Platform] ?? postmortem.platform}</span>}
      </div>
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
