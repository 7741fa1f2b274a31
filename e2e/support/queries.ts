import { sqlite } from "./fixtures";

/** A postmortem's tag slugs as stored, sorted, for checks that must not depend on the UI. */
export const tagsOf = (slug: string) =>
  (
    sqlite
      .prepare(
        `SELECT t.slug FROM "PostmortemTag" pt JOIN "Tag" t ON t.id = pt.tagId JOIN "Postmortem" p ON p.id = pt.postmortemId WHERE p.slug = ? ORDER BY t.slug`,
      )
      .all(slug) as { slug: string }[]
  ).map((r) => r.slug);
