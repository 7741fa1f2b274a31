-- Full-text search and the catalogue change log on PostgreSQL: the twin of the SQLite migrations
-- 20261121000100_search, 20261122140500_search_vocabulary and 20261122150000_catalog_index.

-- English stemming like SQLite's porter tokenizer, but without a stop-word list: FTS5 indexes every word,
-- so a search for "the" or "down" finds the same stories on both databases.
CREATE TEXT SEARCH DICTIONARY atlas_stem (TEMPLATE = snowball, LANGUAGE = english);
CREATE TEXT SEARCH CONFIGURATION atlas (COPY = english);
ALTER TEXT SEARCH CONFIGURATION atlas
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH atlas_stem;

-- One weighted document per postmortem (A title; B summary, tags; C root cause, lessons, components; D body),
-- the same fields FTS5 indexes. It folds in child rows, so it cannot be a generated column: triggers keep it.
CREATE TABLE postmortem_search (
  postmortem_id INTEGER PRIMARY KEY REFERENCES "Postmortem"("id") ON DELETE CASCADE,
  document TSVECTOR NOT NULL
);
CREATE INDEX postmortem_search_document_idx ON postmortem_search USING GIN (document);

-- The index vocabulary with how many documents hold each term (the twin of the fts5vocab table), for spelling
-- suggestions. Kept by a trigger from each document's changed terms, so reading it is an index range scan.
CREATE TABLE postmortem_vocab (
  term TEXT PRIMARY KEY COLLATE "C",
  docs INTEGER NOT NULL
);

CREATE FUNCTION atlas_search_document(pm_id INTEGER) RETURNS TSVECTOR LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('atlas', p."title"), 'A')
      || setweight(to_tsvector('atlas', p."summary"), 'B')
      || setweight(to_tsvector('atlas', coalesce((
           SELECT string_agg(t."name" || ' ' || replace(t."slug", '-', ' ') || ' ' || t."synonyms", ' ')
           FROM "PostmortemTag" pt JOIN "Tag" t ON t."id" = pt."tagId" WHERE pt."postmortemId" = p."id"), '')), 'B')
      || setweight(to_tsvector('atlas', p."rootCause"), 'C')
      || setweight(to_tsvector('atlas', coalesce((
           SELECT string_agg(l."text", ' ' ORDER BY l."position") FROM "Lesson" l WHERE l."postmortemId" = p."id"), '')), 'C')
      || setweight(to_tsvector('atlas', coalesce((
           SELECT string_agg(c."name" || ' ' || replace(c."slug", '-', ' '), ' ')
           FROM "PostmortemComponent" pc JOIN "Component" c ON c."id" = pc."componentId" WHERE pc."postmortemId" = p."id"), '')), 'C')
      || setweight(to_tsvector('atlas', p."bodyText"), 'D')
  FROM "Postmortem" p WHERE p."id" = pm_id
$$;

-- Rebuilds the documents of the given postmortems; ids that no longer exist are skipped (their row cascades away).
CREATE FUNCTION atlas_search_refresh(ids INTEGER[]) RETURNS VOID LANGUAGE sql AS $$
  INSERT INTO postmortem_search (postmortem_id, document)
  SELECT p."id", atlas_search_document(p."id") FROM "Postmortem" p WHERE p."id" = ANY(ids)
  ON CONFLICT (postmortem_id) DO UPDATE SET document = EXCLUDED.document WHERE postmortem_search.document IS DISTINCT FROM EXCLUDED.document
$$;

CREATE FUNCTION atlas_vocab_count() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  old_terms TEXT[] := CASE WHEN TG_OP = 'INSERT' THEN '{}' ELSE tsvector_to_array(OLD.document) END;
  new_terms TEXT[] := CASE WHEN TG_OP = 'DELETE' THEN '{}' ELSE tsvector_to_array(NEW.document) END;
BEGIN
  INSERT INTO postmortem_vocab AS v (term, docs)
    SELECT term, 1 FROM unnest(new_terms) term WHERE NOT term = ANY(old_terms)
    ON CONFLICT (term) DO UPDATE SET docs = v.docs + 1;
  UPDATE postmortem_vocab SET docs = docs - 1 WHERE term = ANY(old_terms) AND NOT term = ANY(new_terms);
  DELETE FROM postmortem_vocab WHERE docs <= 0 AND term = ANY(old_terms);
  RETURN NULL;
END $$;
CREATE TRIGGER postmortem_vocab_count AFTER INSERT OR UPDATE OR DELETE ON postmortem_search
  FOR EACH ROW EXECUTE FUNCTION atlas_vocab_count();

-- A log of postmortems whose listing attributes or search document changed, replayed by every app instance
-- into its facet index; its newest position also versions cached search results.
CREATE FUNCTION atlas_log_changes(ids INTEGER[]) RETURNS VOID LANGUAGE sql AS $$
  INSERT INTO "CatalogChange" ("postmortemId") SELECT DISTINCT id FROM unnest(ids) id WHERE id IS NOT NULL
$$;

-- Postmortem rows: a new or deleted story, or a change to a column the index or the document holds.
CREATE FUNCTION atlas_postmortem_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM atlas_log_changes(ARRAY[OLD."id"]);
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' OR (OLD."title", OLD."summary", OLD."bodyText", OLD."rootCause")
                         IS DISTINCT FROM (NEW."title", NEW."summary", NEW."bodyText", NEW."rootCause") THEN
    PERFORM atlas_search_refresh(ARRAY[NEW."id"]);
  END IF;
  IF TG_OP = 'INSERT' OR (OLD."kind", OLD."status", OLD."visibility", OLD."archivedAt", OLD."teamId", OLD."severity", OLD."platform",
                          OLD."incidentDate", OLD."title", OLD."summary", OLD."bodyText", OLD."rootCause")
                         IS DISTINCT FROM (NEW."kind", NEW."status", NEW."visibility", NEW."archivedAt", NEW."teamId", NEW."severity",
                          NEW."platform", NEW."incidentDate", NEW."title", NEW."summary", NEW."bodyText", NEW."rootCause") THEN
    PERFORM atlas_log_changes(ARRAY[NEW."id"]);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER postmortem_changed AFTER INSERT OR UPDATE OR DELETE ON "Postmortem"
  FOR EACH ROW EXECUTE FUNCTION atlas_postmortem_changed();

-- Child rows (lessons, tag and component links): statement-level, so a list rewritten in one statement
-- rebuilds each document once. Transition tables carry the affected postmortem ids.
CREATE FUNCTION atlas_children_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  ids INTEGER[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT "postmortemId") INTO ids FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT "postmortemId") INTO ids FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT id) INTO ids FROM (SELECT "postmortemId" AS id FROM old_rows UNION SELECT "postmortemId" FROM new_rows) changed;
  END IF;
  IF ids IS NOT NULL THEN
    PERFORM atlas_search_refresh(ids);
    PERFORM atlas_log_changes(ids);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER lesson_added AFTER INSERT ON "Lesson" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_children_changed();
CREATE TRIGGER lesson_removed AFTER DELETE ON "Lesson" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_children_changed();
-- Updates that rewrite a lesson's text unchanged (or only its position) touch nothing.
CREATE FUNCTION atlas_lesson_edited() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM atlas_search_refresh(ARRAY[OLD."postmortemId", NEW."postmortemId"]);
  PERFORM atlas_log_changes(ARRAY[OLD."postmortemId", NEW."postmortemId"]);
  RETURN NULL;
END $$;
CREATE TRIGGER lesson_edited AFTER UPDATE OF "text", "postmortemId" ON "Lesson"
  FOR EACH ROW WHEN (OLD."text" IS DISTINCT FROM NEW."text" OR OLD."postmortemId" IS DISTINCT FROM NEW."postmortemId")
  EXECUTE FUNCTION atlas_lesson_edited();

CREATE TRIGGER postmortem_tag_added AFTER INSERT ON "PostmortemTag" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_children_changed();
CREATE TRIGGER postmortem_tag_removed AFTER DELETE ON "PostmortemTag" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_children_changed();
CREATE TRIGGER postmortem_tag_moved AFTER UPDATE ON "PostmortemTag" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_children_changed();
CREATE TRIGGER postmortem_component_added AFTER INSERT ON "PostmortemComponent" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_children_changed();
CREATE TRIGGER postmortem_component_removed AFTER DELETE ON "PostmortemComponent" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_children_changed();
CREATE TRIGGER postmortem_component_moved AFTER UPDATE ON "PostmortemComponent" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_children_changed();

-- The index keys values by slug and documents hold names and synonyms: renaming touches every story using it.
CREATE FUNCTION atlas_tag_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  ids INTEGER[] := ARRAY(SELECT "postmortemId" FROM "PostmortemTag" WHERE "tagId" = NEW."id");
BEGIN
  IF (OLD."name", OLD."slug", OLD."synonyms") IS DISTINCT FROM (NEW."name", NEW."slug", NEW."synonyms") THEN
    PERFORM atlas_search_refresh(ids);
  END IF;
  PERFORM atlas_log_changes(ids);
  RETURN NULL;
END $$;
CREATE TRIGGER tag_changed AFTER UPDATE OF "slug", "categoryId", "name", "synonyms" ON "Tag"
  FOR EACH ROW WHEN ((OLD."slug", OLD."categoryId", OLD."name", OLD."synonyms") IS DISTINCT FROM (NEW."slug", NEW."categoryId", NEW."name", NEW."synonyms"))
  EXECUTE FUNCTION atlas_tag_changed();

CREATE FUNCTION atlas_category_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM atlas_log_changes(ARRAY(SELECT pt."postmortemId" FROM "PostmortemTag" pt JOIN "Tag" t ON t."id" = pt."tagId" WHERE t."categoryId" = NEW."id"));
  RETURN NULL;
END $$;
CREATE TRIGGER category_changed AFTER UPDATE OF "slug" ON "Category"
  FOR EACH ROW WHEN (OLD."slug" IS DISTINCT FROM NEW."slug") EXECUTE FUNCTION atlas_category_changed();

CREATE FUNCTION atlas_component_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  ids INTEGER[] := ARRAY(SELECT "postmortemId" FROM "PostmortemComponent" WHERE "componentId" = NEW."id");
BEGIN
  PERFORM atlas_search_refresh(ids);
  PERFORM atlas_log_changes(ids);
  RETURN NULL;
END $$;
CREATE TRIGGER component_changed AFTER UPDATE OF "slug", "name" ON "Component"
  FOR EACH ROW WHEN ((OLD."slug", OLD."name") IS DISTINCT FROM (NEW."slug", NEW."name")) EXECUTE FUNCTION atlas_component_changed();
