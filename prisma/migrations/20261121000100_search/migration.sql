-- Full-text search over postmortems (FTS5, bm25-ranked). The FTS row id is Postmortem.id.
-- Triggers keep it in sync with the postmortem and everything folded into its search document.

CREATE VIEW "postmortem_search_doc" AS
SELECT
  p."id" AS "id",
  p."title" AS "title",
  p."summary" AS "summary",
  p."bodyText" AS "body",
  p."rootCause" AS "root_cause",
  coalesce((SELECT group_concat(l."text", ' ') FROM "Lesson" l WHERE l."postmortemId" = p."id"), '') AS "lessons",
  coalesce((SELECT group_concat(t."name" || ' ' || replace(t."slug", '-', ' ') || ' ' || t."synonyms", ' ')
            FROM "PostmortemTag" pt JOIN "Tag" t ON t."id" = pt."tagId" WHERE pt."postmortemId" = p."id"), '') AS "tags",
  coalesce((SELECT group_concat(c."name" || ' ' || replace(c."slug", '-', ' '), ' ')
            FROM "PostmortemComponent" pc JOIN "Component" c ON c."id" = pc."componentId" WHERE pc."postmortemId" = p."id"), '') AS "components"
FROM "Postmortem" p;

CREATE VIRTUAL TABLE "postmortem_fts" USING fts5(
  title, summary, body, root_cause, lessons, tags, components,
  tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "postmortem_fts_ai" AFTER INSERT ON "Postmortem" BEGIN
  INSERT INTO "postmortem_fts"(rowid, title, summary, body, root_cause, lessons, tags, components)
    SELECT * FROM "postmortem_search_doc" WHERE "id" = new."id";
END;

CREATE TRIGGER "postmortem_fts_au" AFTER UPDATE ON "Postmortem" BEGIN
  DELETE FROM "postmortem_fts" WHERE rowid = old."id";
  INSERT INTO "postmortem_fts"(rowid, title, summary, body, root_cause, lessons, tags, components)
    SELECT * FROM "postmortem_search_doc" WHERE "id" = new."id";
END;

CREATE TRIGGER "postmortem_fts_ad" AFTER DELETE ON "Postmortem" BEGIN
  DELETE FROM "postmortem_fts" WHERE rowid = old."id";
END;

-- Child rows: rebuild the parent's document.
CREATE TRIGGER "lesson_fts_ai" AFTER INSERT ON "Lesson" BEGIN
  DELETE FROM "postmortem_fts" WHERE rowid = new."postmortemId";
  INSERT INTO "postmortem_fts"(rowid, title, summary, body, root_cause, lessons, tags, components)
    SELECT * FROM "postmortem_search_doc" WHERE "id" = new."postmortemId";
END;

CREATE TRIGGER "lesson_fts_au" AFTER UPDATE ON "Lesson" BEGIN
  DELETE FROM "postmortem_fts" WHERE rowid = new."postmortemId";
  INSERT INTO "postmortem_fts"(rowid, title, summary, body, root_cause, lessons, tags, components)
    SELECT * FROM "postmortem_search_doc" WHERE "id" = new."postmortemId";
END;

CREATE TRIGGER "lesson_fts_ad" AFTER DELETE ON "Lesson" BEGIN
  DELETE FROM "postmortem_fts" WHERE rowid = old."postmortemId";
  INSERT INTO "postmortem_fts"(rowid, title, summary, body, root_cause, lessons, tags, components)
    SELECT * FROM "postmortem_search_doc" WHERE "id" = old."postmortemId";
END;

CREATE TRIGGER "postmortem_tag_fts_ai" AFTER INSERT ON "PostmortemTag" BEGIN
  DELETE FROM "postmortem_fts" WHERE rowid = new."postmortemId";
  INSERT INTO "postmortem_fts"(rowid, title, summary, body, root_cause, lessons, tags, components)
    SELECT * FROM "postmortem_search_doc" WHERE "id" = new."postmortemId";
END;

CREATE TRIGGER "postmortem_tag_fts_ad" AFTER DELETE ON "PostmortemTag" BEGIN
  DELETE FROM "postmortem_fts" WHERE rowid = old."postmortemId";
  INSERT INTO "postmortem_fts"(rowid, title, summary, body, root_cause, lessons, tags, components)
    SELECT * FROM "postmortem_search_doc" WHERE "id" = old."postmortemId";
END;

CREATE TRIGGER "postmortem_component_fts_ai" AFTER INSERT ON "PostmortemComponent" BEGIN
  DELETE FROM "postmortem_fts" WHERE rowid = new."postmortemId";
  INSERT INTO "postmortem_fts"(rowid, title, summary, body, root_cause, lessons, tags, components)
    SELECT * FROM "postmortem_search_doc" WHERE "id" = new."postmortemId";
END;

CREATE TRIGGER "postmortem_component_fts_ad" AFTER DELETE ON "PostmortemComponent" BEGIN
  DELETE FROM "postmortem_fts" WHERE rowid = old."postmortemId";
  INSERT INTO "postmortem_fts"(rowid, title, summary, body, root_cause, lessons, tags, components)
    SELECT * FROM "postmortem_search_doc" WHERE "id" = old."postmortemId";
END;

-- Renaming a tag or component changes the documents of every postmortem that uses it.
CREATE TRIGGER "tag_fts_au" AFTER UPDATE ON "Tag" BEGIN
  DELETE FROM "postmortem_fts" WHERE rowid IN (SELECT "postmortemId" FROM "PostmortemTag" WHERE "tagId" = new."id");
  INSERT INTO "postmortem_fts"(rowid, title, summary, body, root_cause, lessons, tags, components)
    SELECT d.* FROM "postmortem_search_doc" d
    WHERE d."id" IN (SELECT "postmortemId" FROM "PostmortemTag" WHERE "tagId" = new."id");
END;

CREATE TRIGGER "component_fts_au" AFTER UPDATE ON "Component" BEGIN
  DELETE FROM "postmortem_fts" WHERE rowid IN (SELECT "postmortemId" FROM "PostmortemComponent" WHERE "componentId" = new."id");
  INSERT INTO "postmortem_fts"(rowid, title, summary, body, root_cause, lessons, tags, components)
    SELECT d.* FROM "postmortem_search_doc" d
    WHERE d."id" IN (SELECT "postmortemId" FROM "PostmortemComponent" WHERE "componentId" = new."id");
END;
