-- A log of postmortems whose listing attributes or search document changed, replayed by each app instance into
-- its facet index; its newest position also versions cached search results.
CREATE TABLE "CatalogChange" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "postmortemId" INTEGER NOT NULL
);

CREATE TRIGGER "catalog_postmortem_ai" AFTER INSERT ON "Postmortem" BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (new."id");
END;

-- The columns the index holds (visibility: kind, status, visibility, archivedAt, teamId; facets; the date) and
-- the ones the search document holds, since cached search results are only valid until either changes.
CREATE TRIGGER "catalog_postmortem_au" AFTER UPDATE OF "kind", "status", "visibility", "archivedAt", "teamId", "severity", "platform", "incidentDate",
  "title", "summary", "bodyText", "rootCause" ON "Postmortem"
WHEN old."kind" IS NOT new."kind" OR old."status" IS NOT new."status" OR old."visibility" IS NOT new."visibility" OR old."archivedAt" IS NOT new."archivedAt"
  OR old."teamId" IS NOT new."teamId" OR old."severity" IS NOT new."severity" OR old."platform" IS NOT new."platform" OR old."incidentDate" IS NOT new."incidentDate"
  OR old."title" IS NOT new."title" OR old."summary" IS NOT new."summary" OR old."bodyText" IS NOT new."bodyText" OR old."rootCause" IS NOT new."rootCause"
BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (new."id");
END;
CREATE TRIGGER "catalog_postmortem_ad" AFTER DELETE ON "Postmortem" BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (old."id");
END;

CREATE TRIGGER "catalog_lesson_ai" AFTER INSERT ON "Lesson" BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (new."postmortemId");
END;
CREATE TRIGGER "catalog_lesson_au" AFTER UPDATE OF "text" ON "Lesson" WHEN old."text" IS NOT new."text" BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (new."postmortemId");
END;
CREATE TRIGGER "catalog_lesson_ad" AFTER DELETE ON "Lesson" BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (old."postmortemId");
END;

CREATE TRIGGER "catalog_tag_link_ai" AFTER INSERT ON "PostmortemTag" BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (new."postmortemId");
END;
CREATE TRIGGER "catalog_tag_link_au" AFTER UPDATE ON "PostmortemTag" BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (old."postmortemId"), (new."postmortemId");
END;
CREATE TRIGGER "catalog_tag_link_ad" AFTER DELETE ON "PostmortemTag" BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (old."postmortemId");
END;
CREATE TRIGGER "catalog_component_link_ai" AFTER INSERT ON "PostmortemComponent" BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (new."postmortemId");
END;
CREATE TRIGGER "catalog_component_link_au" AFTER UPDATE ON "PostmortemComponent" BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (old."postmortemId"), (new."postmortemId");
END;
CREATE TRIGGER "catalog_component_link_ad" AFTER DELETE ON "PostmortemComponent" BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (old."postmortemId");
END;

-- The index keys values by slug and search documents hold names and synonyms, so changing them touches every
-- story that uses the tag, category or component.
CREATE TRIGGER "catalog_tag_au" AFTER UPDATE OF "slug", "categoryId", "name", "synonyms" ON "Tag"
WHEN old."slug" IS NOT new."slug" OR old."categoryId" IS NOT new."categoryId" OR old."name" IS NOT new."name" OR old."synonyms" IS NOT new."synonyms"
BEGIN
  INSERT INTO "CatalogChange"("postmortemId") SELECT "postmortemId" FROM "PostmortemTag" WHERE "tagId" = new."id";
END;
CREATE TRIGGER "catalog_category_au" AFTER UPDATE OF "slug" ON "Category" WHEN old."slug" IS NOT new."slug" BEGIN
  INSERT INTO "CatalogChange"("postmortemId")
    SELECT pt."postmortemId" FROM "PostmortemTag" pt JOIN "Tag" t ON t."id" = pt."tagId" WHERE t."categoryId" = new."id";
END;
CREATE TRIGGER "catalog_component_au" AFTER UPDATE OF "slug", "name" ON "Component" WHEN old."slug" IS NOT new."slug" OR old."name" IS NOT new."name" BEGIN
  INSERT INTO "CatalogChange"("postmortemId") SELECT "postmortemId" FROM "PostmortemComponent" WHERE "componentId" = new."id";
END;

-- The search triggers fired on every update of a row, version-only bumps and unchanged upserts included, and
-- rebuilt the document each time. Now they fire only when a column the document holds really changes.
DROP TRIGGER "postmortem_fts_au";
CREATE TRIGGER "postmortem_fts_au" AFTER UPDATE OF "title", "summary", "bodyText", "rootCause" ON "Postmortem"
WHEN old."title" IS NOT new."title" OR old."summary" IS NOT new."summary" OR old."bodyText" IS NOT new."bodyText" OR old."rootCause" IS NOT new."rootCause"
BEGIN
  DELETE FROM "postmortem_fts" WHERE rowid = old."id";
  INSERT INTO "postmortem_fts"(rowid, title, summary, body, root_cause, lessons, tags, components)
    SELECT * FROM "postmortem_search_doc" WHERE "id" = new."id";
END;

DROP TRIGGER "lesson_fts_au";
CREATE TRIGGER "lesson_fts_au" AFTER UPDATE OF "text" ON "Lesson" WHEN old."text" IS NOT new."text" BEGIN
  DELETE FROM "postmortem_fts" WHERE rowid = new."postmortemId";
  INSERT INTO "postmortem_fts"(rowid, title, summary, body, root_cause, lessons, tags, components)
    SELECT * FROM "postmortem_search_doc" WHERE "id" = new."postmortemId";
END;

DROP TRIGGER "tag_fts_au";
CREATE TRIGGER "tag_fts_au" AFTER UPDATE OF "name", "slug", "synonyms" ON "Tag"
WHEN old."name" IS NOT new."name" OR old."slug" IS NOT new."slug" OR old."synonyms" IS NOT new."synonyms"
BEGIN
  DELETE FROM "postmortem_fts" WHERE rowid IN (SELECT "postmortemId" FROM "PostmortemTag" WHERE "tagId" = new."id");
  INSERT INTO "postmortem_fts"(rowid, title, summary, body, root_cause, lessons, tags, components)
    SELECT d.* FROM "postmortem_search_doc" d
    WHERE d."id" IN (SELECT "postmortemId" FROM "PostmortemTag" WHERE "tagId" = new."id");
END;

DROP TRIGGER "component_fts_au";
CREATE TRIGGER "component_fts_au" AFTER UPDATE OF "name", "slug" ON "Component" WHEN old."name" IS NOT new."name" OR old."slug" IS NOT new."slug" BEGIN
  DELETE FROM "postmortem_fts" WHERE rowid IN (SELECT "postmortemId" FROM "PostmortemComponent" WHERE "componentId" = new."id");
  INSERT INTO "postmortem_fts"(rowid, title, summary, body, root_cause, lessons, tags, components)
    SELECT d.* FROM "postmortem_search_doc" d
    WHERE d."id" IN (SELECT "postmortemId" FROM "PostmortemComponent" WHERE "componentId" = new."id");
END;
