-- AlterTable
ALTER TABLE "TimelineEvent" ADD COLUMN     "time" TEXT;


-- Insights aggregate each story's duration and time to detect, mitigate and resolve from the facet index, so a
-- change to either is logged for the index like a change of facets (twin of the SQLite triggers).
CREATE FUNCTION atlas_duration_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM atlas_log_changes(ARRAY[NEW."id"]);
  RETURN NULL;
END $$;
CREATE TRIGGER postmortem_duration_changed AFTER UPDATE OF "durationMinutes" ON "Postmortem"
  FOR EACH ROW WHEN (OLD."durationMinutes" IS DISTINCT FROM NEW."durationMinutes")
  EXECUTE FUNCTION atlas_duration_changed();

-- Statement-level, so a rewritten timeline logs each story once; only events with an exact time matter.
CREATE FUNCTION atlas_timeline_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  ids INTEGER[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT "postmortemId") INTO ids FROM new_rows WHERE "time" IS NOT NULL;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT "postmortemId") INTO ids FROM old_rows WHERE "time" IS NOT NULL;
  ELSE
    SELECT array_agg(DISTINCT id) INTO ids FROM (SELECT "postmortemId" AS id FROM old_rows UNION SELECT "postmortemId" FROM new_rows) changed;
  END IF;
  IF ids IS NOT NULL THEN
    PERFORM atlas_log_changes(ids);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER timeline_event_added AFTER INSERT ON "TimelineEvent" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_timeline_changed();
CREATE TRIGGER timeline_event_removed AFTER DELETE ON "TimelineEvent" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_timeline_changed();
CREATE TRIGGER timeline_event_edited AFTER UPDATE ON "TimelineEvent" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_timeline_changed();
