import Link from "next/link";
import { ChipRow, tagChips } from "@/components/postmortems/chip-list";
import type { SearchHelp as Help } from "@/lib/data/search";

/** What to try after a search that found nothing: a corrected spelling, matching tags, or a note about the language. */
export function SearchHelp({ help }: { help: Help }) {
  if (!help.script && !help.either && help.suggestions.length === 0 && help.tags.length === 0) return null;
  return (
    <section aria-labelledby="search-help-heading" className="card space-y-2 text-sm">
      <h2 id="search-help-heading" className="text-base font-semibold">
        Try instead
      </h2>
      {help.script && <p>Your search is in {help.script}. The stories are in English; try an English term, such as “webhook” or “DNS”.</p>}
      {help.either && (
        <p>
          Looking for stories with either word? Write OR in capitals:{" "}
          <Link href={`/postmortems?q=${encodeURIComponent(help.either)}`}>{help.either}</Link>.
        </p>
      )}
      {help.suggestions.map((s) => (
        <p key={s.word}>
          Did you mean <Link href={`/postmortems?q=${encodeURIComponent(s.query)}`}>{s.query}</Link>? (“{s.word}” is not in any story.)
        </p>
      ))}
      {help.tags.length > 0 && (
        <div>
          <p>Tags that match your search:</p>
          <ChipRow label="Matching tags" chips={tagChips(help.tags)} className="mt-1 flex flex-wrap gap-2" />
        </div>
      )}
    </section>
  );
}
