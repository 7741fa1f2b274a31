import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { PageLinks } from "@/components/layout/page-links";
import { SuggestionOutcome } from "@/components/suggestions/suggestion-status";
import { suggestAction } from "@/lib/actions/suggestion-actions";
import { requireViewer } from "@/lib/auth/session";
import { mySuggestions, SUGGESTIONS_PAGE_SIZE } from "@/lib/data/suggestions";
import { isoDate } from "@/lib/format";
import { suggestionListParams } from "@/lib/validation/suggestion";

export const metadata: Metadata = { title: "Suggest a story" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SuggestPage({ searchParams }: Props) {
  const viewer = await requireViewer("/suggest");
  const { page } = suggestionListParams.parse(await searchParams);
  const { total, rows } = await mySuggestions(viewer, page);
  const pages = Math.max(1, Math.ceil(total / SUGGESTIONS_PAGE_SIZE));
  return (
    <div className="mx-auto max-w-2xl space-y-10">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Suggest a story</h1>
        <p className="muted">
          Know a public Kubernetes postmortem the atlas lacks? Send the link and a sentence on why it matters. An admin accepts it as a listed entry
          (a title and the link, until someone retells it) or declines it with a reason, which you see below.
        </p>
      </header>
      <section aria-labelledby="suggest-form" className="space-y-3">
        <h2 id="suggest-form" className="section-title">
          Your suggestion
        </h2>
        <ActionForm
          label="Suggest a story"
          action={suggestAction}
          submitLabel="Send suggestion"
          fields={[
            { name: "url", label: "Link to the postmortem", required: true, hint: "A public http(s) page: a blog post, an incident report, a talk." },
            { name: "title", label: "Title", required: true },
            { name: "organization", label: "Organisation", required: true, hint: "Who it happened to." },
            { name: "year", label: "Year published", type: "number", required: true },
            { name: "why", label: "Why it matters", type: "textarea", required: true, hint: "One sentence: what an SRE learns from it." },
          ]}
        />
      </section>
      <section aria-labelledby="mine" className="space-y-3">
        <h2 id="mine" className="section-title">
          Your suggestions
        </h2>
        {rows.length === 0 ? (
          <p className="text-sm muted">You have not suggested a story yet.</p>
        ) : (
          <ul className="space-y-3">
            {rows.map((s) => (
              <li key={s.id} className="card space-y-1 text-sm">
                <p className="font-medium">
                  <a href={s.url} rel="noopener noreferrer">
                    {s.title}
                  </a>{" "}
                  <span className="muted">
                    · {s.organization}, {s.year} · suggested {isoDate(s.createdAt)}
                  </span>
                </p>
                <SuggestionOutcome status={s.status} declineReason={s.declineReason} slug={s.postmortem?.slug ?? null} />
              </li>
            ))}
          </ul>
        )}
        <PageLinks page={page} pages={pages} href={(p) => `/suggest${p > 1 ? `?page=${p}` : ""}`} />
      </section>
    </div>
  );
}
