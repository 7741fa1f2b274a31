// Validates content/ and syncs it into the database. Exits non-zero, naming file and field, on invalid content.
import { createPrismaClient } from "@/lib/db-client";
import { ContentError } from "@/lib/content/errors";
import { syncContent } from "@/lib/content/sync";

const list = (label: string, slugs: string[]) => (slugs.length ? ` ${label}: ${slugs.join(", ")}.` : "");

async function main() {
  const db = createPrismaClient();
  try {
    const report = await syncContent(db);
    console.log(
      `content: ${report.created.length} created, ${report.updated.length} updated, ${report.unchanged} unchanged, ${report.removed.length} removed.` +
        list("created", report.created) +
        list("updated", report.updated) +
        list("removed", report.removed) +
        `\nchecklists: ${report.checklists.written.length} written, ${report.checklists.removed.length} removed.`,
    );
  } catch (error) {
    console.error(error instanceof ContentError ? error.message : error);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

void main();
