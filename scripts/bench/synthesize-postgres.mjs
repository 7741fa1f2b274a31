// The PostgreSQL twin of synthesize(): the same synthetic stories (syntheticStories), written with multi-row
// INSERT … SELECT FROM unnest(…) in batches. Like the SQLite version it builds the search index once at the end:
// the row triggers are disabled during the load, then the documents, the vocabulary and statistics are built.
import pg from "pg";
import { syntheticStories } from "./synthesize.mjs";

const BATCH = 5000;
const TABLES = ["Postmortem", "Lesson", "PostmortemTag", "PostmortemComponent", "postmortem_search"];
const COLUMNS = [
  ["slug", "text"],
  ["title", "text"],
  ["organization", "text"],
  ["severity", "text"],
  ["incidentDate", "timestamp"],
  ["durationMinutes", "int"],
  ["platform", "text"],
  ["summary", "text"],
  ["impact", "text"],
  ["trigger", "text"],
  ["rootCause", "text"],
  ["detection", "text"],
  ["resolution", "text"],
  ["body", "text"],
  ["bodyText", "text"],
  ["teamId", "int"],
  ["publishedAt", "timestamp"],
  ["createdAt", "timestamp"],
  ["updatedAt", "timestamp"],
];

const toParam = (value) => (value instanceof Date ? value.toISOString() : value);

export async function synthesizePostgres(url, count, { seed = 42 } = {}) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const { rows: team } = await db.query(`SELECT id FROM "Team" WHERE slug = 'bench'`);
    const existing = team.length
      ? Number((await db.query(`SELECT count(*)::int AS n FROM "Postmortem" WHERE "teamId" = $1`, [team[0].id])).rows[0].n)
      : 0;
    if (existing === count) return { created: 0, existing };
    if (existing > 0) throw new Error(`the bench database holds ${existing} synthetic stories, not ${count}`);
    const start = Date.now();
    const tags = (await db.query(`SELECT id FROM "Tag" ORDER BY id`)).rows.map((r) => r.id);
    const components = (await db.query(`SELECT id FROM "Component" ORDER BY id`)).rows.map((r) => r.id);
    await db.query("BEGIN");
    for (const table of TABLES) await db.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
    const teamId = (await db.query(`INSERT INTO "Team" (slug, name) VALUES ('bench', 'Benchmark team') RETURNING id`)).rows[0].id;
    const firstId = Number((await db.query(`SELECT coalesce(max(id), 0) + 1 AS n FROM "Postmortem"`)).rows[0].n);

    const insertColumns = COLUMNS.map(([name]) => `"${name}"`).join(", ");
    const unnest = COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
    let batch = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const columns = COLUMNS.map(([name]) => batch.map((story) => toParam(story.row[name])));
      const { rows } = await db.query(
        `INSERT INTO "Postmortem" (kind, status, visibility, "datePrecision", ${insertColumns})
         SELECT 'team', 'published', 'public', 'day', * FROM unnest(${unnest}) RETURNING id`,
        columns,
      );
      // RETURNING follows the order of the unnest rows.
      const links = (key) => batch.flatMap((story, i) => story[key].map((other) => [rows[i].id, other]));
      const tagLinks = links("tags");
      const componentLinks = links("components");
      await db.query(`INSERT INTO "PostmortemTag" ("postmortemId", "tagId") SELECT * FROM unnest($1::int[], $2::int[])`, [
        tagLinks.map(([id]) => id),
        tagLinks.map(([, tag]) => tag),
      ]);
      await db.query(`INSERT INTO "PostmortemComponent" ("postmortemId", "componentId") SELECT * FROM unnest($1::int[], $2::int[])`, [
        componentLinks.map(([id]) => id),
        componentLinks.map(([, component]) => component),
      ]);
      await db.query(`INSERT INTO "Lesson" ("postmortemId", position, text) SELECT id, 0, text FROM unnest($1::int[], $2::text[]) AS l(id, text)`, [
        rows.map((r) => r.id),
        batch.map((story) => story.lesson),
      ]);
      batch = [];
    };
    for (const story of syntheticStories(count, { tags, components, teamId, seed })) {
      batch.push(story);
      if (batch.length === BATCH) await flush();
    }
    await flush();
    // As the triggers would: each document's parsed parts, then the document from them.
    await db.query(
      `INSERT INTO postmortem_search_part (postmortem_id, head, tail)
       SELECT id, atlas_search_head(id), atlas_search_tail(id) FROM "Postmortem" WHERE id >= $1`,
      [firstId],
    );
    await db.query(`SELECT atlas_search_write(ARRAY(SELECT id FROM "Postmortem" WHERE id >= $1))`, [firstId]);
    await db.query(`TRUNCATE postmortem_vocab`);
    await db.query(`INSERT INTO postmortem_vocab (term, docs) SELECT word, ndoc FROM ts_stat('SELECT document FROM postmortem_search')`);
    for (const table of TABLES) await db.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
    await db.query("COMMIT");
    await db.query("ANALYZE");
    return { created: count, seconds: (Date.now() - start) / 1000 };
  } catch (error) {
    await db.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await db.end();
  }
}
