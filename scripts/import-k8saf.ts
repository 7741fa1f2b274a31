// Imports the k8s.af list into content/listed/: `npm run import:k8saf -- <path-to-README.md> [--dry-run]`.
// Prints what changed, the lines it could not read and the involved terms the taxonomy does not know.
import fs from "node:fs";
import { importK8sAfList } from "@/lib/k8saf/import";
import { ListFormatError } from "@/lib/k8saf/parse";
import { unmatchedInvolvedTerms } from "@/lib/k8saf/report";
import { defaultContentDir } from "@/lib/content/load";

function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) {
    console.error("usage: npm run import:k8saf -- <path-to-README.md> [--dry-run]");
    return 2;
  }
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    console.error(`cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  try {
    const dir = defaultContentDir();
    const s = importK8sAfList(text, dir, { dryRun: args.includes("--dry-run") });
    const list = (label: string, items: string[]) => (items.length ? `\n  ${label}: ${items.join(", ")}` : "");
    console.log(
      `k8s.af import: ${s.added.length} added, ${s.updated.length} updated, ${s.unchanged.length} unchanged, ${s.removed.length} removed, ${s.unparsed.length} unparsed lines.` +
        list("added", s.added) +
        list("updated", s.updated) +
        list("removed", s.removed),
    );
    for (const u of s.unparsed) console.log(`  unparsed line ${u.line}: ${u.reason}: ${u.text.trim().slice(0, 100)}`);
    for (const d of s.duplicates) console.log(`  line ${d.line}: duplicate link, skipped: ${d.url}`);
    const unmatched = unmatchedInvolvedTerms(dir);
    if (unmatched.length) console.log(`  involved terms kept as plain text (no mapping or taxonomy match): ${unmatched.join("; ")}`);
    return 0;
  } catch (error) {
    if (!(error instanceof ListFormatError)) throw error;
    console.error(`${file}: ${error.message}`);
    return 1;
  }
}

process.exitCode = main();
