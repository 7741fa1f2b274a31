// The write paths of `npm run bench` (the scaling issue's "cheaper writes"), timed through the data layer: the work a
// request does inside its transaction, without HTTP, session checks or rendering. Run by scripts/bench.mjs with tsx
// (react-server conditions, so server-only modules load) on a copy of the benchmark's SQLite file or on its
// throwaway PostgreSQL database, never on a user's. Prints one JSON object.
import type { Viewer } from "@/lib/auth/viewer-types";

const POPULAR = 30_000;
const SAVES = 21;

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await run();
  return [result, performance.now() - start];
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[times.length >> 1]!;

async function main() {
  const { db } = await import("@/lib/db");
  const { updateTag, createTag } = await import("@/lib/data/taxonomy-admin");
  const { updateTeamPostmortem } = await import("@/lib/data/postmortem-writes");

  const admin = await db.user.upsert({
    where: { email: "bench-admin@example.invalid" },
    create: { email: "bench-admin@example.invalid", name: "Benchmark admin", isAdmin: true },
    update: { isAdmin: true },
  });
  const viewer: Viewer = { id: admin.id, email: admin.email, name: admin.name, isAdmin: true, teams: [] };

  // An autosave of the narrative: one field changed, no child list rewritten (the editor's common case).
  const story = await db.postmortem.findFirst({
    where: { kind: "team", slug: { startsWith: "bench-" } },
    orderBy: { id: "asc" },
    select: { slug: true, version: true },
  });
  if (!story) throw new Error("no synthetic story to save: run the benchmark with --stories");
  let version = story.version;
  const saves: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const [saved, ms] = await timed(() =>
      updateTeamPostmortem(viewer, { slug: story.slug, baseVersion: version, summary: `Benchmark autosave ${i}: the summary as typed so far.` }),
    );
    version = saved.version;
    saves.push(ms);
  }

  // A tag on 30,000 stories, linked in one statement (setup, also timed: the search triggers rebuild each document),
  // then renamed as an admin renames it in /admin/taxonomy: new slug and name, the old slug left as a redirect.
  const category = await db.category.findFirst({ where: { retiredAt: null }, orderBy: { id: "asc" }, select: { slug: true } });
  const tag = { category: category!.slug, slug: "bench-popular", name: "Bench popular", description: "A tag on many stories.", synonyms: [] };
  await createTag(viewer, tag);
  const created = await db.tag.findUniqueOrThrow({ where: { slug: tag.slug }, select: { id: true } });
  const [linked, linkMs] = await timed(
    () =>
      db.$executeRaw`INSERT INTO "PostmortemTag" ("postmortemId", "tagId") SELECT "id", ${created.id} FROM "Postmortem" WHERE "slug" LIKE 'bench-%' ORDER BY "id" LIMIT ${POPULAR}`,
  );
  const [, renameMs] = await timed(() =>
    updateTag(viewer, { ...tag, current: tag.slug, slug: "bench-popular-renamed", name: "Bench popular, renamed" }),
  );

  console.log(
    JSON.stringify({
      autosave: { p50: median(saves), max: Math.max(...saves), n: SAVES },
      link: { stories: linked, ms: linkMs },
      rename: { stories: linked, ms: renameMs },
    }),
  );
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
