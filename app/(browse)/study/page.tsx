import type { Metadata } from "next";
import Link from "next/link";
import { ImportOffer } from "@/components/study/import-offer";
import { LocalProgressPanel } from "@/components/study/local-progress-panel";
import { LocalStepStatus } from "@/components/study/local-step-status";
import { ProgressPanel } from "@/components/study/progress-panel";
import { StepStatus } from "@/components/study/step-status";
import { StudyHistory } from "@/components/study/study-history";
import { getStudyTracks, type StudyTrack } from "@/lib/data/learning-paths";
import { getStudyMarks } from "@/lib/data/study";
import { getViewer } from "@/lib/auth/session";
import { STUDY_LEVELS } from "@/lib/content/schema";
import { summariseProgress, type MarkMap } from "@/lib/study/progress";

export const metadata: Metadata = {
  title: "Study",
  description: "Study tracks by level: stories and debugging techniques in reading order, with your progress.",
};

const LEVEL_INFO = {
  beginner: { title: "Beginner", intro: "How clusters fail, one idea per story: the basics of nodes, pods and resources." },
  practitioner: { title: "Practitioner", intro: "Workloads and networking: DNS, scheduling, rollouts and the cascades they start." },
  expert: { title: "Expert", intro: "Security, the control plane, state and the node underneath: debugging where the API cannot help." },
} as const;

export default async function StudyPage() {
  const [tracks, viewer] = await Promise.all([getStudyTracks(), getViewer()]);
  const refs = tracks.map((t) => ({
    slug: t.slug,
    title: t.title,
    level: t.level,
    steps: t.steps.map(({ key, title, href, categories }) => ({ key, title, href, categories })),
  }));
  const marks: MarkMap | null = viewer ? Object.fromEntries([...(await getStudyMarks(viewer))].map(([key, m]) => [key, m])) : null;

  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-semibold">Study</h1>
        <p className="text-lg muted">
          Tracks by level, from a missing node group to kernel forensics. Each step is a story or a debugging technique and says why it is there. Mark
          steps as studied, bookmark them, and try “Study this story” on a story to guess the cause before it is revealed.
        </p>
        <p className="text-sm muted">
          Prefer another order? <Link href="/categories">Study by category</Link> or browse the <Link href="/techniques">techniques library</Link>.
        </p>
      </header>

      {viewer && <ImportOffer />}
      {marks ? <ProgressPanel summary={summariseProgress(refs, marks)} where="account" /> : <LocalProgressPanel tracks={refs} />}
      {viewer && <StudyHistory viewer={viewer} />}

      {STUDY_LEVELS.map((level) => {
        const atLevel = tracks.filter((t) => t.level === level);
        if (atLevel.length === 0) return null;
        return (
          <section key={level} aria-labelledby={`level-${level}`} className="space-y-6">
            <div className="space-y-1 border-b border-zinc-200 pb-2 dark:border-zinc-800">
              <h2 id={`level-${level}`} className="text-2xl font-semibold">
                {LEVEL_INFO[level].title}
              </h2>
              <p className="text-sm muted">{LEVEL_INFO[level].intro}</p>
            </div>
            {atLevel.map((track) => (
              <Track key={track.slug} track={track} marks={marks} />
            ))}
          </section>
        );
      })}
      {tracks.length === 0 && <p className="card text-sm muted">No study tracks yet.</p>}
    </div>
  );
}

function Track({ track, marks }: { track: StudyTrack; marks: MarkMap | null }) {
  return (
    <section id={track.slug} aria-labelledby={`track-${track.slug}`} className="space-y-3">
      <h3 id={`track-${track.slug}`} className="text-xl font-semibold">
        {track.title}
      </h3>
      <p className="muted">{track.intro}</p>
      <ol className="space-y-3">
        {track.steps.map((step, i) => (
          <li key={step.key} className="flex gap-3">
            <span
              aria-hidden
              className="mt-0.5 inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-indigo-600 text-xs font-semibold text-white"
            >
              {i + 1}
            </span>
            <div className="min-w-0 space-y-0.5">
              <p className="flex flex-wrap items-center gap-x-2">
                <Link href={step.href} className="font-medium">
                  {step.title}
                </Link>
                {marks ? <StepStatus mark={marks[step.key]} /> : <LocalStepStatus stepKey={step.key} />}
              </p>
              <p className="text-xs font-semibold uppercase tracking-wide muted">
                {step.kind === "technique" ? "Technique" : `Story · ${step.meta}`}
              </p>
              <p className="text-sm">{step.why}</p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
