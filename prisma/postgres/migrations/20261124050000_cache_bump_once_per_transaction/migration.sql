-- Cache generations bumped once per transaction, not once per row. The triggers are row-level, so linking a tag to
-- 30,000 stories updated the same "CacheGeneration" row 30,000 times in one transaction; each update leaves a row
-- version that nothing can prune before the commit, and each next update walks past them all (5 s of the 11 s the
-- link took at 100k). Readers see the generation only after the commit, with every write of the transaction, so one
-- bump per generation per transaction is enough. A transaction-local setting remembers it; rolling back to a
-- savepoint undoes the setting with the bump.
CREATE FUNCTION atlas_bump_generations(names TEXT[]) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
  tx TEXT := txid_current()::text;
  todo TEXT[];
BEGIN
  SELECT array_agg(n) INTO todo FROM unnest(names) n WHERE current_setting('atlas.bumped_' || n, true) IS DISTINCT FROM tx;
  IF todo IS NULL THEN
    RETURN;
  END IF;
  UPDATE "CacheGeneration" SET "value" = "value" + 1 WHERE "name" = ANY(todo);
  PERFORM set_config('atlas.bumped_' || n, tx, true) FROM unnest(todo) n;
END $$;

CREATE OR REPLACE FUNCTION atlas_bump_cache() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM atlas_bump_generations(TG_ARGV);
  RETURN NULL;
END $$;

-- As before, a child row bumps "public" only when its parent is public; the parent is not read again once
-- "public" has moved in this transaction.
CREATE OR REPLACE FUNCTION atlas_bump_cache_if_public() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  row_data JSONB;
  public BOOLEAN;
BEGIN
  IF current_setting('atlas.bumped_public', true) IS NOT DISTINCT FROM txid_current()::text THEN
    RETURN NULL;
  END IF;
  row_data := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
  IF TG_ARGV[0] = 'run' THEN
    SELECT "visibility" = 'public' INTO public FROM "ChecklistRun" WHERE "id" = (row_data->>'runId')::int;
  ELSE
    SELECT "visibility" = 'public' INTO public FROM "Postmortem" WHERE "id" = (row_data->>'postmortemId')::int;
  END IF;
  IF public THEN
    PERFORM atlas_bump_generations(ARRAY['public']);
  END IF;
  RETURN NULL;
END $$;
