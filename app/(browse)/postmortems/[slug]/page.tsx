import type { Metadata } from "next";
import Link from "next/link";
import { BackToResults } from "@/components/postmortems/back-to-results";
import { notFound, permanentRedirect } from "next/navigation";
import type { ReactNode } from "react";
import { Mdx } from "@/components/mdx/mdx";
import { ActionItemControls } from "@/components/actions/action-item-controls";
import { ActionItems } from "@/components/postmortems/action-items";
import { ChipList } from "@/components/postmortems/chip-list";
import { ExportLinks } from "@/components/postmortems/export-links";
import { ListedEntry } from "@/components/postmortems/listed-entry";
import { ResemblanceNote } from "@/components/postmortems/resemblance-note";
import { PostmortemList } from "@/components/postmortems/postmortem-card";
import { SeverityBadge } from "@/components/postmortems/severity-badge";
import { PostmortemActions } from "@/components/postmortems/postmortem-actions";
import { ReviewComments } from "@/components/review/review-comments";
import { ReviewPanel } from "@/components/review/review-panel";
import { StatusBadges } from "@/components/postmortems/status-badges";
import { Timeline } from "@/components/postmortems/timeline";
import { TimeToSummary } from "@/components/postmortems/time-to-summary";
import { timeTo } from "@/lib/timeline/time-to";
import { InlineMarkdown, UserMarkdown } from "@/components/postmortems/user-markdown";
import { actionItemsFor } from "@/lib/data/action-items";
import { getItemsCiting } from "@/lib/data/checklists";
import { looksLike, resemblanceCount } from "@/lib/data/looks-like";
import { getPostmortem, getRelatedPostmortems } from "@/lib/data/postmortems";
import { formatDuration, formatIncidentDate } from "@/lib/format";
import { PLATFORM_LABELS, type Platform } from "@/lib/validation/vocabulary";
import { getViewer } from "@/lib/auth/session";
import { StudyMarks } from "@/components/study/study-marks";
import { getTechniquesFor } from "@/lib/data/techniques";
import { TechniqueLinks } from "@/components/techniques/technique-links";
import { hasExercise } from "@/lib/data/exercises";
import { markup } from "@/lib/html/markup";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const postmortem = await getPostmortem((await params).slug, await getViewer());
  return postmortem ? { title: postmortem.title, description: postmortem.summary || postmortem.impact } : { title: "Postmortem not found" };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function PostmortemPage({ params }: Props) {
  const viewer = await getViewer();
  const postmortem = await getPostmortem((await params).slug, viewer);
  if (!postmortem) notFound();
  // A listed entry whose link a retold story cites is that story.
  if (postmortem.retoldAs) permanentRedirect(`/postmortems/${postmortem.retoldAs}`);
  if (postmortem.coverage === "listed") {
    const [related, resemblance] = await Promise.all([getRelatedPostmortems(postmortem.id, viewer), resemblanceCount(postmortem.id)]);
    return <ListedEntry postmortem={postmortem} related={related} resemblance={resemblance} />;
  }
  const team = postmortem.kind === "team";
  const [related, violated, trackedItems, resemblance, looksLikeStories, techniques, exercise] = await Promise.all([
    getRelatedPostmortems(postmortem.id, viewer),
    getItemsCiting(postmortem.id),
    viewer && team ? actionItemsFor(viewer, postmortem.id, postmortem) : [],
    resemblanceCount(postmortem.id),
    team ? looksLike(postmortem.id) : [],
    getTechniquesFor(postmortem.id),
    hasExercise(postmortem.id),
  ]);
  const yourItems = trackedItems.filter((item) => item.rights.change);
  const duration = formatDuration(postmortem.durationMinutes, postmortem.durationApproximate);
  const facts = [
    ["Impact", postmortem.impact],
    ["Trigger", postmortem.trigger],
    ["Root cause", postmortem.rootCause],
    ["Detection", postmortem.detection],
    ["Resolution", postmortem.resolution],
  ] as const;

  return (
    <article className="mx-auto max-w-3xl space-y-10">
      <header className="space-y-4">
        <nav aria-label="Breadcrumb" className="text-sm">
          <BackToResults />
        </nav>
        <div className="flex flex-wrap items-center gap-2">
          {postmortem.severity && <SeverityBadge severity={postmortem.severity} long />}
          <StatusBadges
            kind={postmortem.kind}
            status={postmortem.status}
            visibility={postmortem.visibility}
            archived={Boolean(postmortem.archivedAt)}
          />
        </div>
        <h1 className="text-3xl font-semibold leading-tight">{postmortem.title}</h1>
        {postmortem.summary && <p className="text-lg muted">{postmortem.summary}</p>}
        <PostmortemActions viewer={viewer} postmortem={postmortem} />
        {postmortem.kind === "curated" && (
          <div className="flex flex-wrap items-center gap-2">
            {exercise && (
              // A full page load, not a client-side navigation: the exercise's document must not carry this page's data.
              <a href={`/postmortems/${postmortem.slug}/study`} className="btn">
                Study this story
              </a>
            )}
            <StudyMarks viewer={viewer} item={{ kind: "postmortem", slug: postmortem.slug, title: postmortem.title }} />
          </div>
        )}
        <ExportLinks slug={postmortem.slug} />
        <ReviewPanel viewer={viewer} pm={postmortem} />
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="muted">{postmortem.team ? "Team" : "Organisation"}</dt>
            <dd className="font-medium">
              {postmortem.team ? <Link href={`/teams/${postmortem.team.slug}`}>{postmortem.team.name}</Link> : postmortem.organization}
              {postmortem.createdBy && <span className="block font-normal muted">Filed by {postmortem.createdBy.name}</span>}
            </dd>
          </div>
          <div>
            <dt className="muted">Incident date</dt>
            <dd className="font-medium">
              {formatIncidentDate(postmortem.incidentDate, postmortem.datePrecision)}
              {postmortem.dateNote && <span className="block font-normal muted">{postmortem.dateNote}</span>}
            </dd>
          </div>
          <div>
            <dt className="muted">Duration</dt>
            <dd className="font-medium">
              {duration ?? "Not stated"}
              {postmortem.durationNote && <span className="block font-normal muted">{postmortem.durationNote}</span>}
            </dd>
          </div>
          <div>
            <dt className="muted">Platform</dt>
            <dd className="font-medium">
              {PLATFORM_LABELS[postmortem.platform as Platform] ?? postmortem.platform}
              {postmortem.kubernetesVersion && <span className="block font-normal muted">Kubernetes {postmortem.kubernetesVersion}</span>}
              {postmortem.environment && <span className="block font-normal muted">{postmortem.environment}</span>}
            </dd>
          </div>
        </dl>
        <ChipList
          label="Root-cause tags"
          chips={postmortem.tags.map((tag) => ({
            href: `/tags/${tag.slug}`,
            title: tag.category.name,
            content: markup`${tag.name}<span class="muted">· ${tag.category.name}</span>`,
          }))}
        />
        <ChipList label="Components" chips={postmortem.components.map((c) => ({ href: `/postmortems?component=${c.slug}`, content: c.name }))} />
        <ResemblanceNote count={resemblance} />
      </header>

      {postmortem.caveats.length > 0 && (
        <aside aria-labelledby="caveats" className="rounded-md border-l-4 border-fuchsia-500 bg-fuchsia-50 px-4 py-3 text-sm dark:bg-fuchsia-950/40">
          <h2 id="caveats" className="mb-1 font-semibold">
            Not confirmed
          </h2>
          <ul className="list-disc space-y-1 pl-5">
            {postmortem.caveats.map((caveat, i) => (
              <li key={i}>{caveat}</li>
            ))}
          </ul>
        </aside>
      )}

      {looksLikeStories.length > 0 && (
        <Section id="looks-like" title="Looks like">
          <p className="text-sm muted">Public stories the team linked to this postmortem while filing it.</p>
          <PostmortemList items={looksLikeStories} />
        </Section>
      )}

      <Section id="facts" title="At a glance">
        <dl className="space-y-3">
          {facts.map(([label, value]) => (
            <div key={label} className="grid gap-1 sm:grid-cols-[9rem_1fr]">
              <dt className="text-sm font-semibold">{label}</dt>
              <dd className="text-sm leading-6">{value ? <InlineMarkdown markdown={value} /> : <span className="muted">Not written yet.</span>}</dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="timeline" title="Timeline">
        <TimeToSummary timeTo={timeTo(postmortem.timeline)} />
        {postmortem.timeline.length > 0 ? <Timeline events={postmortem.timeline} /> : <p className="text-sm muted">No events yet.</p>}
      </Section>

      <Section id="lessons" title="Lessons">
        {postmortem.lessons.length > 0 ? (
          <ol className="list-decimal space-y-2 pl-5 text-sm leading-6">
            {postmortem.lessons.map((lesson, i) => (
              <li key={i}>{lesson}</li>
            ))}
          </ol>
        ) : (
          <p className="text-sm muted">No lessons yet.</p>
        )}
      </Section>

      {postmortem.actionItems.length > 0 && (
        <Section id="action-items" title="Action items">
          <ActionItems items={postmortem.actionItems} />
          {yourItems.length > 0 && (
            <div className="space-y-3">
              <h3 className="text-sm font-semibold">Update the items you can change</h3>
              <ul className="space-y-3">
                {yourItems.map((item) => (
                  <li key={item.id} className="card space-y-2 text-sm">
                    <p className="font-medium">{item.description}</p>
                    <ActionItemControls item={item} />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </Section>
      )}

      {violated.length > 0 && (
        <Section id="violated" title="Checklist items this story violated">
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {violated.map((item) => (
              <li key={`${item.checklist.slug}/${item.key}`}>
                <Link href={`/checklists/${item.checklist.slug}#${item.key}`}>{item.control}</Link>{" "}
                <span className="muted">({item.checklist.title})</span>
              </li>
            ))}
          </ul>
        </Section>
      )}

      {techniques.length > 0 && (
        <Section id="techniques" title="Techniques that help here">
          <TechniqueLinks techniques={techniques} />
        </Section>
      )}

      <Section id="story" title="The story">
        {postmortem.kind === "curated" ? <Mdx html={postmortem.body} /> : <UserMarkdown markdown={postmortem.body} />}
      </Section>

      <Section id="sources" title="Sources">
        {postmortem.sources.length === 0 && <p className="text-sm muted">No sources yet.</p>}
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {postmortem.sources.map((source) => (
            <li key={source.url}>
              <a href={source.url} rel="noopener noreferrer">
                {source.title}
              </a>{" "}
              <span className="break-all muted">({new URL(source.url).hostname})</span>
            </li>
          ))}
        </ul>
      </Section>

      <ReviewComments viewer={viewer} pm={postmortem} />

      <Section id="related" title="Related postmortems">
        {related.length > 0 ? (
          <PostmortemList items={related} />
        ) : (
          <p className="text-sm muted">No other story shares a tag or component with this one yet.</p>
        )}
      </Section>
    </article>
  );
}
