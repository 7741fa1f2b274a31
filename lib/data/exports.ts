import "server-only";
import { Zip, ZipDeflate } from "fflate";
import { postmortemRecord } from "@/lib/api/serialize";
import { isMember } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { curatedBody } from "@/lib/content/curated-body";
import { db } from "@/lib/db";
import { getItemsCiting } from "@/lib/data/checklists";
import { getRelatedPostmortems, loadPostmortem, type PostmortemDetail } from "@/lib/data/postmortems";
import { documentFromRecord } from "@/lib/transfer/document-from-record";
import { EXPORT_MANIFEST, exportMarkdown } from "@/lib/transfer/export-document";

/** The narrative as Markdown: a curated story's MDX from its file, a team postmortem's own Markdown, nothing for a listed entry. */
const narrative = (pm: PostmortemDetail) => (pm.kind === "curated" ? (pm.coverage === "retold" ? curatedBody(pm.slug) : "") : pm.body);

export const markdownOf = (pm: PostmortemDetail) => exportMarkdown(documentFromRecord(pm), narrative(pm));

/** The JSON export: the API record, plus the narrative as Markdown and a team postmortem's time of day, so it imports whole. */
export async function jsonExport(pm: PostmortemDetail, viewer: Viewer | null) {
  const [related, items] = await Promise.all([getRelatedPostmortems(pm.id, viewer), getItemsCiting(pm.id)]);
  const time = pm.datePrecision === "minute" ? { incidentTime: pm.incidentDate.toISOString().slice(11, 16) } : {};
  return { ...postmortemRecord(pm, related, items), ...time, body: narrative(pm) };
}

const BATCH = 50;

/**
 * The team's postmortems the viewer may read (archived ones only for leads and admins), as a zip of Markdown files
 * plus index.json, streamed: rows are read 50 at a time and each file is compressed as it is added, so memory
 * holds one batch and the small index, whatever the team's size. Null for a team the viewer is not in.
 */
export async function teamExportStream(viewer: Viewer, teamSlug: string): Promise<{ filename: string; stream: ReadableStream<Uint8Array> } | null> {
  const team = await db.team.findUnique({ where: { slug: teamSlug }, select: { id: true, slug: true, name: true } });
  if (!team || !(isMember(viewer, team.id) || viewer.isAdmin)) return null;
  const encoder = new TextEncoder();
  const index: { slug: string; file: string; title: string; status: string; visibility: string; archived: boolean; incidentDate: string; updatedAt: string }[] = [];
  let cursor = 0;
  let zip: Zip;
  const addFile = (name: string, text: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(encoder.encode(text), true);
  };
  // Pulled one batch at a time, so a slow download never makes the server read ahead of it.
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error);
        controller.enqueue(chunk);
        if (final) controller.close();
      });
    },
    async pull() {
      const rows = await db.postmortem.findMany({ where: { teamId: team.id, kind: "team", id: { gt: cursor } }, orderBy: { id: "asc" }, take: BATCH, select: { id: true, slug: true } });
      if (rows.length === 0) {
        addFile(EXPORT_MANIFEST, `${JSON.stringify({ team: { slug: team.slug, name: team.name }, exportedAt: new Date().toISOString(), postmortems: index }, null, 2)}\n`);
        zip.end();
        return;
      }
      cursor = rows[rows.length - 1]!.id;
      for (const row of rows) {
        const pm = await loadPostmortem(row.slug, viewer);
        if (!pm) continue;
        const file = `postmortems/${pm.slug}.md`;
        addFile(file, markdownOf(pm));
        index.push({ slug: pm.slug, file, title: pm.title, status: pm.status, visibility: pm.visibility, archived: Boolean(pm.archivedAt), incidentDate: pm.incidentDate.toISOString().slice(0, 10), updatedAt: pm.updatedAt.toISOString() });
      }
    },
  });
  return { filename: `${team.slug}-postmortems.zip`, stream };
}
