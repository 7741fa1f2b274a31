import type { Metadata } from "next";
import Link from "next/link";
import { Disclosure } from "@/components/layout/disclosure";
import { PostmortemCard } from "@/components/postmortems/postmortem-card";
import { getViewer } from "@/lib/auth/session";
import { getExposure } from "@/lib/data/exposure";
import { getTaxonomy } from "@/lib/data/taxonomy";
import { parseStack, type MatchReason } from "@/lib/exposure/match";
import { STACK_QUESTIONS } from "@/lib/exposure/questions";
import { PLATFORM_LABELS, type Platform } from "@/lib/validation/vocabulary";

export const metadata: Metadata = { title: "Am I exposed?" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function describeReason(reason: MatchReason, names: { tag: Map<string, { name: string }>; component: Map<string, { name: string }> }) {
  if (reason.kind === "platform") return `runs on ${PLATFORM_LABELS[reason.value as Platform] ?? reason.value}`;
  return names[reason.kind].get(reason.value)?.name ?? reason.value;
}

export default async function ExposurePage({ searchParams }: Props) {
  const params = await searchParams;
  const { stack, unknown } = parseStack(params);
  const [exposure, taxonomy] = await Promise.all([getExposure(stack, await getViewer()), getTaxonomy()]);
  const names = { tag: taxonomy.tagBySlug, component: taxonomy.componentBySlug };
  const chosen = (question: string, value: string) => stack.chosen.some((c) => c.question === question && c.option.value === value);
  const query = new URLSearchParams(stack.chosen.map((c) => [c.question, c.option.value])).toString();

  const questions = (
    <>
      {STACK_QUESTIONS.map((question) => (
        <fieldset key={question.key} className="space-y-1">
          <legend className="text-sm font-semibold">{question.label}</legend>
          <p className="text-xs muted">{question.hint}</p>
          {question.options.map((option) => (
            <label key={option.value} className="flex items-center gap-2 text-sm">
              <input
                type={question.single ? "radio" : "checkbox"}
                name={question.key}
                value={option.value}
                defaultChecked={chosen(question.key, option.value)}
                className="size-4 accent-indigo-600"
              />
              {option.label}
            </label>
          ))}
        </fieldset>
      ))}
      <div className="flex gap-3">
        <button type="submit" className="btn">
          Show my exposure
        </button>
        <Link href="/exposure" className="self-center text-sm">
          Clear
        </Link>
      </div>
    </>
  );

  return (
    <div className="grid gap-8 lg:grid-cols-[20rem_1fr]">
      {/* Keyed by the answers: after "Clear" (a client-side navigation) the inputs remount with the URL's state. */}
      <form key={query} method="get" action="/exposure" aria-label="Describe your stack" className="space-y-4">
        <header className="space-y-1">
          <h1 className="text-2xl font-semibold">Am I exposed?</h1>
          <p className="text-sm muted">
            Describe your stack. You get the stories that share the most with it, and the checklist controls that guard against them. No sign-in
            needed; the answer is a link you can share.
          </p>
        </header>
        {stack.chosen.length === 0 ? (
          questions
        ) : (
          // Once answered, small screens show the answer first and fold the questions away.
          <Disclosure
            id="stack-questions"
            buttonClassName="btn-quiet w-full lg:hidden"
            panelClassName="hidden space-y-4 data-[open]:block target:block lg:block"
            label={`Change your answers (${stack.chosen.length} chosen)`}
          >
            {questions}
          </Disclosure>
        )}
      </form>

      <div className="min-w-0 space-y-8">
        {unknown.length > 0 && (
          <p role="alert" className="rounded-md border border-amber-500 bg-amber-50 p-2 text-sm dark:bg-amber-950/40">
            Some answers in the link are not options any more and were ignored: {unknown.join(", ")}.
          </p>
        )}
        {stack.chosen.length === 0 ? (
          <div className="card space-y-2 text-sm">
            <h2 className="text-base font-semibold">Choose what you run</h2>
            <p>
              Pick your platform and anything else that applies, then choose “Show my exposure”. For example, GKE with OPA, or self-managed with
              Calico and in-place upgrades.
            </p>
          </div>
        ) : (
          <>
            <section aria-labelledby="stories-heading" className="space-y-3">
              <h2 id="stories-heading" className="section-title">
                Stories like your stack
              </h2>
              <p className="text-sm muted">
                You chose {stack.chosen.map((c) => c.option.label).join(", ")}. Share this answer:{" "}
                <Link href={`/exposure?${query}`}>/exposure?{query}</Link>
              </p>
              {exposure.stories.length === 0 ? (
                <div className="card space-y-1 text-sm">
                  <p>No story shares anything with this stack yet.</p>
                  <p className="muted">
                    Add the CNI, service mesh, admission controllers, operators and upgrade method you run: stories on other platforms that share them
                    will show. Every control also stands on its own in the <Link href="/checklists">checklists</Link>.
                  </p>
                </div>
              ) : (
                <ol className="space-y-3" aria-label="Matching stories, best first">
                  {exposure.stories.map((s) => (
                    <li key={s.card.slug} className="space-y-1">
                      <p className="text-xs muted">
                        Shares: {s.reasons.map((r) => describeReason(r, names)).join(", ")} (score {s.score})
                      </p>
                      <PostmortemCard postmortem={s.card} />
                    </li>
                  ))}
                </ol>
              )}
            </section>
            <section aria-labelledby="controls-heading" className="space-y-3">
              <h2 id="controls-heading" className="section-title">
                Controls that guard against them
              </h2>
              {exposure.items.length === 0 ? (
                <p className="text-sm muted">No checklist item matches this stack yet.</p>
              ) : (
                <ol className="list-decimal space-y-2 pl-5 text-sm" aria-label="Controls, most relevant first">
                  {exposure.items.map(({ item, guards }) => (
                    <li key={`${item.checklist.slug}/${item.key}`}>
                      <Link href={`/checklists/${item.checklist.slug}#${item.key}`} className="font-medium">
                        {item.control}
                      </Link>{" "}
                      <span className="muted">({item.checklist.title})</span>
                      {guards.length > 0 && <span className="block muted">Guards against: {guards.map((g) => g.title).join("; ")}</span>}
                    </li>
                  ))}
                </ol>
              )}
            </section>
          </>
        )}
      </div>
    </div>
  );
}
