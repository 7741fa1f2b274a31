-- Relevance order is rank, then retold before listed, then newest, then lowest id. ts_rank (no document length, no
-- IDF) gives whole groups of hits one rank: every story with a common word once in its summary and once in its body
-- ties. The best hits were read by rank alone, so a cut inside a tie left too few of them in known order, and the
-- app ranked all hits instead (a word in a third of 100k stories: ~65 ms). The search table now holds the
-- tie-breaking attributes, so the best hits come back in the app's whole order and any cut is exact.
ALTER TABLE postmortem_search ADD COLUMN listed BOOLEAN, ADD COLUMN incident_date TIMESTAMP(3);

-- Only the new columns change: the vocabulary trigger would unnest every document to find no term changed.
ALTER TABLE postmortem_search DISABLE TRIGGER postmortem_vocab_updated;
UPDATE postmortem_search s SET listed = p."coverage" = 'listed', incident_date = p."incidentDate"
FROM "Postmortem" p WHERE p."id" = s.postmortem_id;
ALTER TABLE postmortem_search ENABLE TRIGGER postmortem_vocab_updated;
ALTER TABLE postmortem_search ALTER COLUMN listed SET NOT NULL, ALTER COLUMN incident_date SET NOT NULL;

CREATE OR REPLACE FUNCTION atlas_search_refresh(ids INTEGER[]) RETURNS VOID LANGUAGE sql AS $$
  INSERT INTO postmortem_search (postmortem_id, document, listed, incident_date)
  SELECT p."id", atlas_search_document(p."id"), p."coverage" = 'listed', p."incidentDate" FROM "Postmortem" p WHERE p."id" = ANY(ids)
  ON CONFLICT (postmortem_id) DO UPDATE SET document = EXCLUDED.document, listed = EXCLUDED.listed, incident_date = EXCLUDED.incident_date
  WHERE (postmortem_search.document, postmortem_search.listed, postmortem_search.incident_date)
        IS DISTINCT FROM (EXCLUDED.document, EXCLUDED.listed, EXCLUDED.incident_date)
$$;

-- A story's coverage or date changes without its text: only the tie-breaking columns follow.
CREATE FUNCTION atlas_search_ties_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  UPDATE postmortem_search SET listed = NEW."coverage" = 'listed', incident_date = NEW."incidentDate" WHERE postmortem_id = NEW."id";
  RETURN NULL;
END $$;
CREATE TRIGGER postmortem_search_ties AFTER UPDATE OF "coverage", "incidentDate" ON "Postmortem"
  FOR EACH ROW WHEN (OLD."coverage" IS DISTINCT FROM NEW."coverage" OR OLD."incidentDate" IS DISTINCT FROM NEW."incidentDate")
  EXECUTE FUNCTION atlas_search_ties_changed();

-- No parallel workers for the search table. A new search reads its hit ids and its best hits at once, on two
-- connections, which keeps two cores busy already; the workers a common word's scan was planned with only contended
-- for them (2 cores, a word in a third of 100k stories: 41–56 ms for both statements, 27–35 without workers).
ALTER TABLE postmortem_search SET (parallel_workers = 0);
