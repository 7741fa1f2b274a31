import { ExternalLink } from "lucide";
import { Icon } from "@/components/icon";
import { ResemblanceNote } from "@/components/postmortems/resemblance-note";
import { BackToResults } from "@/components/postmortems/back-to-results";
import { ExportLinks } from "@/components/postmortems/export-links";
import { ChipList } from "@/components/postmortems/chip-list";
import { CoverageBadge } from "@/components/postmortems/coverage-badge";
import { PostmortemList } from "@/components/postmortems/postmortem-card";
import { SeverityBadge } from "@/components/postmortems/severity-badge";
import type { PostmortemCard } from "@/lib/data/cards";
import type { PostmortemDetail } from "@/lib/data/postmortems";
import { formatIncidentDate } from "@/lib/format";
import { PLATFORM_LABELS, type Platform } from "@/lib/validation/vocabulary";

/**
 * A listed entry: what the list says (impact, involved terms, where and when it was published) and the link to
 * the original. None of a retold story's structured sections appear, because none of them were written.
 */
export function ListedEntry({ postmortem, related, resemblance }: { postmortem: PostmortemDetail; related: PostmortemCard[]; resemblance: number }) {
  const source = postmortem.sources[0];
  return (
    <article className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-4">
        <nav aria-label="Breadcrumb" className="text-sm">
          <BackToResults />
        </nav>
        <div className="flex flex-wrap items-center gap-2">
          <CoverageBadge coverage={postmortem.coverage} origin={postmortem.origin} />
          {postmortem.severity && <SeverityBadge severity={postmortem.severity} long />}
        </div>
        <h1 className="text-3xl font-semibold leading-tight">{postmortem.title}</h1>
        {source && (
          <p>
            <a href={source.url} rel="noopener noreferrer" className="btn gap-2">
              <Icon node={ExternalLink} className="size-4" />
              Read the original
            </a>{" "}
            <span className="break-all text-sm muted">({new URL(source.url).hostname})</span>
          </p>
        )}
        <p className="text-sm muted">
          {postmortem.origin === "app"
            ? "A reader suggested this story and an admin accepted it."
            : "This story is on the k8s.af list of Kubernetes failure stories."}{" "}
          The atlas has not retold it yet, so there is no root cause, timeline or lessons here: only what the list says and the link.
        </p>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="muted">Organisation</dt>
            <dd className="font-medium">{postmortem.organization}</dd>
          </div>
          <div>
            <dt className="muted">Published</dt>
            <dd className="font-medium">
              {formatIncidentDate(postmortem.incidentDate, postmortem.datePrecision)}
              {postmortem.dateNote && <span className="block font-normal muted">{postmortem.dateNote}</span>}
            </dd>
          </div>
          {postmortem.platform && (
            <div>
              <dt className="muted">Platform</dt>
              <dd className="font-medium">{PLATFORM_LABELS[postmortem.platform as Platform] ?? postmortem.platform}</dd>
            </div>
          )}
          {postmortem.tierRule && (
            <div>
              <dt className="muted">Severity tier</dt>
              <dd className="font-medium">
                {postmortem.severity ? "From the impact line" : "None"}
                <span className="block font-normal muted">{postmortem.tierRule}</span>
              </dd>
            </div>
          )}
        </dl>
        <ResemblanceNote count={resemblance} />
        <ExportLinks slug={postmortem.slug} />
      </header>

      <section aria-labelledby="as-listed" className="space-y-3">
        <h2 id="as-listed" className="section-title">
          As listed
        </h2>
        <dl className="space-y-3 text-sm">
          <div className="grid gap-1 sm:grid-cols-[9rem_1fr]">
            <dt className="font-semibold">Impact</dt>
            <dd>{postmortem.impact || <span className="muted">The list gives none.</span>}</dd>
          </div>
          <div className="grid gap-1 sm:grid-cols-[9rem_1fr]">
            <dt className="font-semibold">Involved</dt>
            <dd>
              {postmortem.involved.length > 0 ? (
                <ul className="flex flex-wrap gap-1.5" aria-label="Involved, as listed">
                  {postmortem.involved.map((term) => (
                    <li key={term} className="rounded border border-zinc-300 px-1.5 py-0.5 font-mono text-xs dark:border-zinc-700">
                      {term}
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="muted">The list gives none.</span>
              )}
            </dd>
          </div>
        </dl>
        <ChipList
          label="Tags from the involved terms"
          chips={postmortem.tags.map((tag) => ({ href: `/tags/${tag.slug}`, title: tag.category.name, content: tag.name }))}
        />
        <ChipList
          label="Components from the involved terms"
          chips={postmortem.components.map((c) => ({ href: `/postmortems?component=${c.slug}`, content: c.name }))}
        />
      </section>

      {related.length > 0 && (
        <section aria-labelledby="related" className="space-y-3">
          <h2 id="related" className="section-title">
            Related postmortems
          </h2>
          <PostmortemList items={related} />
        </section>
      )}
    </article>
  );
}
