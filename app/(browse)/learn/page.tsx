import type { Metadata } from "next";
import Link from "next/link";
import { PostmortemCard } from "@/components/postmortems/postmortem-card";
import { SeverityIcon } from "@/components/postmortems/severity-badge";
import { getLearningPaths } from "@/lib/data/learning-paths";
import { SEVERITIES, SEVERITY_INFO } from "@/lib/validation/vocabulary";

export const metadata: Metadata = { title: "Start here" };

export default async function LearnPage() {
  const paths = await getLearningPaths();
  return (
    <div className="mx-auto max-w-3xl space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-semibold">Start here</h1>
        <p className="text-lg muted">
          Every story in the atlas has the same shape: what broke and for whom, the trigger and the root cause, how it was found and fixed, a
          timeline, and the lessons. Each carries a severity tier:
        </p>
        <ul className="space-y-1 text-sm">
          {SEVERITIES.map((s) => (
            <li key={s}>
              <SeverityIcon severity={s} className="inline size-4 align-[-2px]" /> <strong>{SEVERITY_INFO[s].label}</strong> —{" "}
              {SEVERITY_INFO[s].description}
            </li>
          ))}
        </ul>
        <p className="text-sm muted">
          When you have read the path, <Link href="/categories">study by category</Link> or <Link href="/postmortems">search everything</Link>.
        </p>
      </header>
      {paths.length === 0 && <p className="card text-sm muted">No learning paths yet.</p>}
      {paths.map((path) => (
        <section key={path.slug} aria-labelledby={`path-${path.slug}`} className="space-y-4">
          <h2 id={`path-${path.slug}`} className="text-xl font-semibold">
            {path.title}
          </h2>
          <p className="muted">{path.intro}</p>
          <ol className="space-y-4">
            {path.steps.map((step, i) => (
              <li key={step.postmortem.slug} className="space-y-2">
                <p className="text-sm">
                  <span className="mr-2 inline-flex size-6 items-center justify-center rounded-full bg-indigo-600 text-xs font-semibold text-white">
                    {i + 1}
                  </span>
                  {step.why}
                </p>
                <PostmortemCard postmortem={step.postmortem} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
