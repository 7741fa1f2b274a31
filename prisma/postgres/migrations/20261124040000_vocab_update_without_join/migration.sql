-- The vocabulary's update trigger without a join. PL/pgSQL plans a trigger's statement once per connection, on its
-- first run, and the planner takes a transition table's size from that run: after an autosave (one row), joining old
-- and new rows was planned as a nested loop and kept, so a later statement rewriting 30,000 documents on the same
-- connection compared every old row with every new one (minutes, past the transaction timeout). A term's change in
-- how many documents hold it is how many new rows hold it less how many old rows did (a document lists each term
-- once), which needs no join: one aggregate, linear whatever the plan.
CREATE OR REPLACE FUNCTION atlas_vocab_updated() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM atlas_vocab_apply(array_agg(term), array_agg(n))
  FROM (
    SELECT x.t AS term, sum(x.d)::int AS n
    FROM (
      SELECT t, 1 AS d FROM new_rows r, unnest(tsvector_to_array(r.document)) t
      UNION ALL
      SELECT t, -1 FROM old_rows r, unnest(tsvector_to_array(r.document)) t
    ) x
    GROUP BY x.t HAVING sum(x.d) <> 0
  ) d;
  RETURN NULL;
END $$;
