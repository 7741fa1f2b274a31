-- CreateTable
CREATE TABLE "CacheGeneration" (
    "name" TEXT NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CacheGeneration_pkey" PRIMARY KEY ("name")
);


-- The PostgreSQL twin of the SQLite migration of the same name: the same counters, bumped on the same writes.
INSERT INTO "CacheGeneration" ("name", "value") VALUES ('public', 0), ('taxonomy', 0);

-- Bumps the generations named in the trigger's arguments.
CREATE FUNCTION atlas_bump_cache() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "CacheGeneration" SET "value" = "value" + 1 WHERE "name" = ANY(TG_ARGV);
  RETURN NULL;
END $$;

-- Rows that belong to a postmortem or a checklist run (TG_ARGV[0]: 'postmortem' or 'run') bump "public" only
-- when that parent is public. PostgreSQL allows no subquery in a trigger's WHEN, so the check is made here.
CREATE FUNCTION atlas_bump_cache_if_public() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  row_data JSONB := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
  public BOOLEAN;
BEGIN
  IF TG_ARGV[0] = 'run' THEN
    SELECT "visibility" = 'public' INTO public FROM "ChecklistRun" WHERE "id" = (row_data->>'runId')::int;
  ELSE
    SELECT "visibility" = 'public' INTO public FROM "Postmortem" WHERE "id" = (row_data->>'postmortemId')::int;
  END IF;
  IF public THEN
    UPDATE "CacheGeneration" SET "value" = "value" + 1 WHERE "name" = 'public';
  END IF;
  RETURN NULL;
END $$;

-- Taxonomy tables: every write changes public pages and the taxonomy.
CREATE TRIGGER cache_category AFTER INSERT OR UPDATE OR DELETE ON "Category" FOR EACH ROW EXECUTE FUNCTION atlas_bump_cache('public', 'taxonomy');
CREATE TRIGGER cache_tag AFTER INSERT OR UPDATE OR DELETE ON "Tag" FOR EACH ROW EXECUTE FUNCTION atlas_bump_cache('public', 'taxonomy');
CREATE TRIGGER cache_tagredirect AFTER INSERT OR UPDATE OR DELETE ON "TagRedirect" FOR EACH ROW EXECUTE FUNCTION atlas_bump_cache('public', 'taxonomy');
CREATE TRIGGER cache_component AFTER INSERT OR UPDATE OR DELETE ON "Component" FOR EACH ROW EXECUTE FUNCTION atlas_bump_cache('public', 'taxonomy');

-- Public postmortems and checklist runs.
CREATE TRIGGER cache_postmortem_ai AFTER INSERT ON "Postmortem" FOR EACH ROW WHEN (NEW."visibility" = 'public') EXECUTE FUNCTION atlas_bump_cache('public');
CREATE TRIGGER cache_postmortem_au AFTER UPDATE ON "Postmortem" FOR EACH ROW WHEN (OLD."visibility" = 'public' OR NEW."visibility" = 'public') EXECUTE FUNCTION atlas_bump_cache('public');
CREATE TRIGGER cache_postmortem_ad AFTER DELETE ON "Postmortem" FOR EACH ROW WHEN (OLD."visibility" = 'public') EXECUTE FUNCTION atlas_bump_cache('public');
CREATE TRIGGER cache_checklistrun_ai AFTER INSERT ON "ChecklistRun" FOR EACH ROW WHEN (NEW."visibility" = 'public') EXECUTE FUNCTION atlas_bump_cache('public');
CREATE TRIGGER cache_checklistrun_au AFTER UPDATE ON "ChecklistRun" FOR EACH ROW WHEN (OLD."visibility" = 'public' OR NEW."visibility" = 'public') EXECUTE FUNCTION atlas_bump_cache('public');
CREATE TRIGGER cache_checklistrun_ad AFTER DELETE ON "ChecklistRun" FOR EACH ROW WHEN (OLD."visibility" = 'public') EXECUTE FUNCTION atlas_bump_cache('public');

-- A public postmortem's or run's own rows.
CREATE TRIGGER cache_postmortemtag AFTER INSERT OR UPDATE OR DELETE ON "PostmortemTag" FOR EACH ROW EXECUTE FUNCTION atlas_bump_cache_if_public('postmortem');
CREATE TRIGGER cache_postmortemcomponent AFTER INSERT OR UPDATE OR DELETE ON "PostmortemComponent" FOR EACH ROW EXECUTE FUNCTION atlas_bump_cache_if_public('postmortem');
CREATE TRIGGER cache_lesson AFTER INSERT OR UPDATE OR DELETE ON "Lesson" FOR EACH ROW EXECUTE FUNCTION atlas_bump_cache_if_public('postmortem');
CREATE TRIGGER cache_timelineevent AFTER INSERT OR UPDATE OR DELETE ON "TimelineEvent" FOR EACH ROW EXECUTE FUNCTION atlas_bump_cache_if_public('postmortem');
CREATE TRIGGER cache_actionitem AFTER INSERT OR UPDATE OR DELETE ON "ActionItem" FOR EACH ROW EXECUTE FUNCTION atlas_bump_cache_if_public('postmortem');
CREATE TRIGGER cache_source AFTER INSERT OR UPDATE OR DELETE ON "Source" FOR EACH ROW EXECUTE FUNCTION atlas_bump_cache_if_public('postmortem');
CREATE TRIGGER cache_checklistanswer AFTER INSERT OR UPDATE OR DELETE ON "ChecklistAnswer" FOR EACH ROW EXECUTE FUNCTION atlas_bump_cache_if_public('run');

-- Curated reading material.
CREATE TRIGGER cache_learningpath AFTER INSERT OR UPDATE OR DELETE ON "LearningPath" FOR EACH ROW EXECUTE FUNCTION atlas_bump_cache('public');
CREATE TRIGGER cache_learningpathstep AFTER INSERT OR UPDATE OR DELETE ON "LearningPathStep" FOR EACH ROW EXECUTE FUNCTION atlas_bump_cache('public');
CREATE TRIGGER cache_checklist AFTER INSERT OR UPDATE OR DELETE ON "Checklist" FOR EACH ROW EXECUTE FUNCTION atlas_bump_cache('public');
CREATE TRIGGER cache_checklistitem AFTER INSERT OR UPDATE OR DELETE ON "ChecklistItem" FOR EACH ROW EXECUTE FUNCTION atlas_bump_cache('public');
CREATE TRIGGER cache_checklistitemtag AFTER INSERT OR UPDATE OR DELETE ON "ChecklistItemTag" FOR EACH ROW EXECUTE FUNCTION atlas_bump_cache('public');
CREATE TRIGGER cache_checklistitempostmortem AFTER INSERT OR UPDATE OR DELETE ON "ChecklistItemPostmortem" FOR EACH ROW EXECUTE FUNCTION atlas_bump_cache('public');

-- Names shown on public pages.
CREATE TRIGGER cache_user_au AFTER UPDATE OF "name" ON "User" FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION atlas_bump_cache('public');
CREATE TRIGGER cache_team_au AFTER UPDATE OF "name", "slug" ON "Team" FOR EACH ROW
  WHEN (OLD."name" IS DISTINCT FROM NEW."name" OR OLD."slug" IS DISTINCT FROM NEW."slug") EXECUTE FUNCTION atlas_bump_cache('public');
