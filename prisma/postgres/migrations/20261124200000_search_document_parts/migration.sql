-- A story's search document is built from seven texts, and parsing them (to_tsvector) is most of what rebuilding it
-- costs. Renaming a tag used by 30,000 stories, or linking one to them, rebuilt 30,000 documents from scratch: 3.0 s
-- of the 4.7 s the rename took at 100k stories, for a change to one of the seven texts. The parts before and after
-- the tags are now kept as parsed, so a change to a story's tags parses only its tags text. tsvector concatenation
-- shifts the right side's positions past the left side's, so head || tags || tail is the document built in one go,
-- position for position (checked on the 100k benchmark's stories; test/postgres-migrations.test.ts checks it after
-- every kind of change). It costs a second copy of the parsed text: 92 MB at 100k stories, against 125 MB for the
-- search table.
CREATE TABLE postmortem_search_part (
  postmortem_id INTEGER PRIMARY KEY REFERENCES "Postmortem"("id") ON DELETE CASCADE,
  -- title (A) and summary (B)
  head TSVECTOR NOT NULL,
  -- root cause, lessons and components (C), and body (D)
  tail TSVECTOR NOT NULL
);

CREATE FUNCTION atlas_search_head(pm_id INTEGER) RETURNS TSVECTOR LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('atlas', p."title"), 'A') || setweight(to_tsvector('atlas', p."summary"), 'B')
  FROM "Postmortem" p WHERE p."id" = pm_id
$$;

-- The tags text of each given story (empty without tags), in tag id order; components are read in id order too, so
-- that the two ways of building a document agree.
CREATE FUNCTION atlas_search_tag_parts(ids INTEGER[]) RETURNS TABLE (postmortem_id INTEGER, tags TSVECTOR) LANGUAGE sql STABLE AS $$
  SELECT i.id, setweight(to_tsvector('atlas', coalesce(t.txt, '')), 'B')
  FROM (SELECT DISTINCT unnest(ids) AS id) i
  LEFT JOIN (SELECT pt."postmortemId" AS id, string_agg(t."name" || ' ' || replace(t."slug", '-', ' ') || ' ' || t."synonyms", ' ' ORDER BY pt."tagId") AS txt
             FROM "PostmortemTag" pt JOIN "Tag" t ON t."id" = pt."tagId" WHERE pt."postmortemId" = ANY(ids) GROUP BY 1) t ON t.id = i.id
$$;

CREATE FUNCTION atlas_search_tail(pm_id INTEGER) RETURNS TSVECTOR LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('atlas', p."rootCause"), 'C')
      || setweight(to_tsvector('atlas', coalesce((
           SELECT string_agg(l."text", ' ' ORDER BY l."position") FROM "Lesson" l WHERE l."postmortemId" = p."id"), '')), 'C')
      || setweight(to_tsvector('atlas', coalesce((
           SELECT string_agg(c."name" || ' ' || replace(c."slug", '-', ' '), ' ' ORDER BY pc."componentId")
           FROM "PostmortemComponent" pc JOIN "Component" c ON c."id" = pc."componentId" WHERE pc."postmortemId" = p."id"), '')), 'C')
      || setweight(to_tsvector('atlas', p."bodyText"), 'D')
  FROM "Postmortem" p WHERE p."id" = pm_id
$$;

-- The whole document from scratch, as before; the tests compare every stored document with it.
CREATE OR REPLACE FUNCTION atlas_search_document(pm_id INTEGER) RETURNS TSVECTOR LANGUAGE sql STABLE AS $$
  SELECT atlas_search_head(pm_id) || (SELECT tags FROM atlas_search_tag_parts(ARRAY[pm_id])) || atlas_search_tail(pm_id)
$$;

-- Writes the documents of the given stories from their parts, with the tie-breaking columns; an unchanged row is not
-- rewritten (nor are its terms counted again by the vocabulary triggers).
CREATE FUNCTION atlas_search_write(ids INTEGER[]) RETURNS VOID LANGUAGE sql AS $$
  INSERT INTO postmortem_search (postmortem_id, document, listed, incident_date)
  SELECT p."id", x.head || t.tags || x.tail, p."coverage" = 'listed', p."incidentDate"
  FROM "Postmortem" p JOIN postmortem_search_part x ON x.postmortem_id = p."id" JOIN atlas_search_tag_parts(ids) t ON t.postmortem_id = p."id"
  WHERE p."id" = ANY(ids)
  ON CONFLICT (postmortem_id) DO UPDATE SET document = EXCLUDED.document, listed = EXCLUDED.listed, incident_date = EXCLUDED.incident_date
  WHERE (postmortem_search.document, postmortem_search.listed, postmortem_search.incident_date)
        IS DISTINCT FROM (EXCLUDED.document, EXCLUDED.listed, EXCLUDED.incident_date)
$$;

-- Everything about the given stories changed (their text, lessons or components): parse both parts again. Ids that no
-- longer exist are skipped (their rows cascade away).
CREATE OR REPLACE FUNCTION atlas_search_refresh(ids INTEGER[]) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO postmortem_search_part (postmortem_id, head, tail)
  SELECT p."id", atlas_search_head(p."id"), atlas_search_tail(p."id") FROM "Postmortem" p WHERE p."id" = ANY(ids)
  ON CONFLICT (postmortem_id) DO UPDATE SET head = EXCLUDED.head, tail = EXCLUDED.tail
  WHERE (postmortem_search_part.head, postmortem_search_part.tail) IS DISTINCT FROM (EXCLUDED.head, EXCLUDED.tail);
  PERFORM atlas_search_write(ids);
END $$;

-- Only the given stories' tags changed (a link added, removed or moved; a tag renamed): their stored parts are reused.
-- A story without parts (written while the triggers were off) is parsed whole.
CREATE FUNCTION atlas_search_retag(ids INTEGER[]) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
  missing INTEGER[] := ARRAY(SELECT id FROM unnest(ids) id WHERE NOT EXISTS (SELECT 1 FROM postmortem_search_part x WHERE x.postmortem_id = id));
BEGIN
  IF cardinality(missing) > 0 THEN
    PERFORM atlas_search_refresh(missing);
  END IF;
  PERFORM atlas_search_write(ids);
END $$;

CREATE OR REPLACE FUNCTION atlas_children_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
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
    IF TG_TABLE_NAME = 'PostmortemTag' THEN
      PERFORM atlas_search_retag(ids);
    ELSE
      PERFORM atlas_search_refresh(ids);
    END IF;
    PERFORM atlas_log_changes(ids);
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION atlas_tag_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  ids INTEGER[] := ARRAY(SELECT "postmortemId" FROM "PostmortemTag" WHERE "tagId" = NEW."id");
BEGIN
  IF (OLD."name", OLD."slug", OLD."synonyms") IS DISTINCT FROM (NEW."name", NEW."slug", NEW."synonyms") THEN
    PERFORM atlas_search_retag(ids);
  END IF;
  PERFORM atlas_log_changes(ids);
  RETURN NULL;
END $$;

-- The parts of every story there is, without touching the documents (the same texts give the same documents).
INSERT INTO postmortem_search_part (postmortem_id, head, tail)
SELECT p."id", atlas_search_head(p."id"), atlas_search_tail(p."id") FROM "Postmortem" p;
