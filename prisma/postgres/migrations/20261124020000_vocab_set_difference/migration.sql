-- The vocabulary was kept by a row-level trigger that updated postmortem_vocab once per changed document: renaming a
-- tag on 30,000 stories updated the rows of the tag's words 30,000 times in one transaction (each update a new row
-- version to step over), ~11 s of the rename's 15. Now each statement sums its documents' added and removed terms
-- (a hashed set difference per document) and applies one change per term.
CREATE FUNCTION atlas_vocab_apply(terms TEXT[], deltas INTEGER[]) RETURNS VOID LANGUAGE sql AS $$
  WITH delta AS (SELECT term, n FROM unnest(terms, deltas) d(term, n)),
    added AS (
      INSERT INTO postmortem_vocab AS v (term, docs) SELECT term, n FROM delta WHERE n > 0
      ON CONFLICT (term) DO UPDATE SET docs = v.docs + EXCLUDED.docs
    ),
    gone AS (DELETE FROM postmortem_vocab v USING delta d WHERE d.n < 0 AND v.term = d.term AND v.docs + d.n <= 0)
  UPDATE postmortem_vocab v SET docs = v.docs + d.n FROM delta d WHERE d.n < 0 AND v.term = d.term AND v.docs + d.n > 0
$$;

CREATE FUNCTION atlas_vocab_inserted() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM atlas_vocab_apply(array_agg(term), array_agg(n))
  FROM (SELECT t AS term, count(*)::int AS n FROM new_rows r, unnest(tsvector_to_array(r.document)) t GROUP BY t) d;
  RETURN NULL;
END $$;

CREATE FUNCTION atlas_vocab_deleted() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM atlas_vocab_apply(array_agg(term), array_agg(n))
  FROM (SELECT t AS term, -count(*)::int AS n FROM old_rows r, unnest(tsvector_to_array(r.document)) t GROUP BY t) d;
  RETURN NULL;
END $$;

CREATE FUNCTION atlas_vocab_updated() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM atlas_vocab_apply(array_agg(term), array_agg(n))
  FROM (
    SELECT x.term, sum(x.d)::int AS n
    FROM new_rows nr JOIN old_rows o ON o.postmortem_id = nr.postmortem_id,
    LATERAL (
      SELECT a.t, 1 FROM (SELECT unnest(tsvector_to_array(nr.document)) EXCEPT SELECT unnest(tsvector_to_array(o.document))) a(t)
      UNION ALL
      SELECT r.t, -1 FROM (SELECT unnest(tsvector_to_array(o.document)) EXCEPT SELECT unnest(tsvector_to_array(nr.document))) r(t)
    ) x(term, d)
    GROUP BY x.term HAVING sum(x.d) <> 0
  ) d;
  RETURN NULL;
END $$;

DROP TRIGGER postmortem_vocab_count ON postmortem_search;
DROP FUNCTION atlas_vocab_count();
CREATE TRIGGER postmortem_vocab_inserted AFTER INSERT ON postmortem_search REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_vocab_inserted();
CREATE TRIGGER postmortem_vocab_deleted AFTER DELETE ON postmortem_search REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_vocab_deleted();
CREATE TRIGGER postmortem_vocab_updated AFTER UPDATE ON postmortem_search REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_vocab_updated();
