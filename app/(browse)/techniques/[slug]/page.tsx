import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CopyButton } from "@/components/copy-button";
import { ChipList } from "@/components/postmortems/chip-list";
import { PostmortemList } from "@/components/postmortems/postmortem-card";
import { StudyMarks } from "@/components/study/study-marks";
import { getTechnique } from "@/lib/data/techniques";
import { getViewer } from "@/lib/auth/session";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const technique = await getTechnique((await params).slug);
  return technique ? { title: technique.title, description: technique.summary } : { title: "Technique not found" };
}

export default async function TechniquePage({ params }: Props) {
  const technique = await getTechnique((await params).slug);
  if (!technique) notFound();
  const viewer = await getViewer();
  return (
    <article className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-4">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href="/techniques">← All techniques</Link>
        </nav>
        <p className="text-xs font-semibold uppercase tracking-wide muted">Debugging technique</p>
        <h1 className="text-3xl font-semibold leading-tight">{technique.title}</h1>
        <p className="text-lg muted">{technique.summary}</p>
        <StudyMarks viewer={viewer} item={{ kind: "technique", slug: technique.slug, title: technique.title }} />
        <ChipList label="Tags" chips={technique.tags.map((t) => ({ href: `/tags/${t.slug}`, title: t.category.name, content: t.name }))} />
        <ChipList label="Components" chips={technique.components.map((c) => ({ href: `/postmortems?component=${c.slug}`, content: c.name }))} />
      </header>

      <section aria-labelledby="symptom" className="space-y-2">
        <h2 id="symptom" className="section-title">
          When to reach for it
        </h2>
        <p className="text-sm leading-6">{technique.symptom}</p>
      </section>

      <section aria-labelledby="commands" className="space-y-4">
        <h2 id="commands" className="section-title">
          Commands and what to look for
        </h2>
        <ol className="space-y-5">
          {technique.commands.map((command, i) => (
            <li key={i} className="space-y-2">
              <div className="flex items-center justify-between gap-2">
                <p className="text-xs font-semibold uppercase tracking-wide muted">Step {i + 1}</p>
                <CopyButton text={command.run} label={`step ${i + 1}`} />
              </div>
              <pre
                className="rounded-md bg-zinc-100 p-3 text-xs leading-5 whitespace-pre-wrap [overflow-wrap:anywhere] dark:bg-zinc-900"
                tabIndex={0}
                aria-label={`Command, step ${i + 1}`}
              >
                <code data-lang="sh">{command.run}</code>
              </pre>
              <p className="text-sm leading-6">
                <span className="font-semibold">Look for:</span> {command.lookFor}
              </p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="caveats" className="space-y-2">
        <h2 id="caveats" className="section-title">
          Caveats and safety
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-sm leading-6">
          {technique.caveats.map((caveat, i) => (
            <li key={i}>{caveat}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="helps" className="space-y-3">
        <h2 id="helps" className="section-title">
          Stories where it helps
        </h2>
        {technique.stories.length > 0 ? (
          <PostmortemList items={technique.stories} headingLevel={3} />
        ) : (
          <p className="text-sm muted">
            No retold story in the atlas is one where this technique would have found the cause. It comes from the source below; the story list grows
            as the atlas retells more failures.
          </p>
        )}
      </section>

      <section aria-labelledby="source" className="space-y-2">
        <h2 id="source" className="section-title">
          Source
        </h2>
        <p className="text-sm">
          <a href={technique.sourceUrl} rel="noopener noreferrer">
            {technique.sourceTitle}
          </a>{" "}
          <span className="break-all muted">({new URL(technique.sourceUrl).hostname})</span>
        </p>
      </section>
    </article>
  );
}
