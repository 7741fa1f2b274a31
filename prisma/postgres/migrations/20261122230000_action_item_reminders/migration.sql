-- The last reminder sent to an action item's owner for its current due date (lib/data/action-item-events.ts).
ALTER TABLE "ActionItem" ADD COLUMN "reminded" TEXT NOT NULL DEFAULT '';

-- Items already overdue when this arrives are not news: no flood of reminders on the first sweep after the upgrade.
UPDATE "ActionItem" SET "reminded" = 'overdue' WHERE "status" = 'open' AND "dueDate" < date_trunc('day', now() AT TIME ZONE 'UTC');

-- Only a change a reader can see bumps the public cache generation: not `reminded`, which the reminder sweep writes.
DROP TRIGGER cache_actionitem ON "ActionItem";
CREATE TRIGGER cache_actionitem AFTER INSERT OR UPDATE OF "postmortemId", "position", "type", "description", "owner", "ownerId", "status", "dueDate", "link" OR DELETE ON "ActionItem" FOR EACH ROW EXECUTE FUNCTION atlas_bump_cache_if_public('postmortem');
