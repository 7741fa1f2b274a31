import "server-only";
import { DomainError, notFound } from "@/lib/actions/result";
import { canCreateIn } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { db } from "@/lib/db";
import { createTeamPostmortem } from "@/lib/data/postmortem-writes";
import { getTaxonomy } from "@/lib/data/taxonomy";
import { checkDraft, type CheckedDraft } from "@/lib/transfer/check-draft";
import type { TaxonomyTerms } from "@/lib/transfer/match-taxonomy";
import { parseImportText } from "@/lib/transfer/parse-file";
import { readImportFiles } from "@/lib/transfer/read-files";
import { synonymList } from "@/lib/validation/taxonomy";
import type { ImportFileResult, ImportRequest, ImportResponse } from "@/lib/validation/imports";

async function taxonomyTerms(): Promise<TaxonomyTerms> {
  const taxonomy = await getTaxonomy();
  return {
    tags: taxonomy.tags.map((t) => ({ slug: t.slug, name: t.name, synonyms: synonymList(t.synonyms) })),
    components: taxonomy.components,
    redirects: taxonomy.tagRedirects,
  };
}

const result = (name: string, draft: CheckedDraft): ImportFileResult => ({
  name,
  ok: draft.fields !== null,
  title: draft.title,
  fields: draft.fields,
  notes: draft.notes,
  problems: draft.problems,
  draft: null,
});

/**
 * Imports files into a team as drafts, or (dryRun) only says what each would become. Every file is judged on its
 * own: a bad one is listed with its problems and the others go ahead, unless stopOnError asks for all or nothing.
 * Each draft is filed like one typed in the editor (same schema, same taxonomy check, revision and audit entry).
 */
export async function importPostmortems(viewer: Viewer, input: ImportRequest): Promise<ImportResponse> {
  // A team the viewer does not belong to is answered like one that does not exist.
  if (!canCreateIn(viewer, input.teamId) || !(await db.team.findUnique({ where: { id: input.teamId }, select: { id: true } }))) {
    throw notFound("Team not found.");
  }
  const terms = await taxonomyTerms();
  const files = readImportFiles(input.files).map((file) =>
    file.problem ? result(file.name, { title: null, fields: null, notes: [], problems: [file.problem] }) : result(file.name, checkDraft(parseImportText(file.name, file.text), terms)),
  );
  const stopped = input.stopOnError && files.some((file) => !file.ok);
  if (input.dryRun || stopped) return { dryRun: input.dryRun, stopped, written: 0, files };
  let written = 0;
  for (const file of files) {
    if (!file.ok || !file.fields) continue;
    try {
      const { slug } = await createTeamPostmortem(viewer, { ...(file.fields as Parameters<typeof createTeamPostmortem>[1]), teamId: input.teamId });
      file.draft = { slug, url: `/postmortems/${slug}` };
      written++;
    } catch (error) {
      // The taxonomy can change between preview and confirmation: that file fails, the rest are still filed.
      if (!(error instanceof DomainError)) throw error;
      file.ok = false;
      const fields = Object.entries(error.extra.errors ?? {}).flatMap(([field, messages]) => (messages ?? []).map((message) => ({ field, message })));
      file.problems = fields.length ? fields : [{ field: "(file)", message: error.message }];
    }
  }
  return { dryRun: false, stopped: false, written, files };
}
