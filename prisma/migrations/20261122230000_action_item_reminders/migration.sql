-- The last reminder sent to an action item's owner for its current due date (lib/data/action-item-events.ts).
-- ADD COLUMN, not a table redefinition: the search triggers on "ActionItem" stay as they are.
ALTER TABLE "ActionItem" ADD COLUMN "reminded" TEXT NOT NULL DEFAULT '';

-- Items already overdue when this arrives are not news: no flood of reminders on the first sweep after the upgrade.
-- (Due dates are stored as ISO text, "2026-01-10T00:00:00.000+00:00": before today's date means overdue.)
UPDATE "ActionItem" SET "reminded" = 'overdue' WHERE "status" = 'open' AND "dueDate" IS NOT NULL AND "dueDate" < strftime('%Y-%m-%d', 'now');

-- Only a change a reader can see bumps the public cache generation: not `reminded`, which the reminder sweep writes.
DROP TRIGGER "cache_actionitem_au";
CREATE TRIGGER "cache_actionitem_au" AFTER UPDATE OF "postmortemId", "position", "type", "description", "owner", "ownerId", "status", "dueDate", "link" ON "ActionItem" WHEN (SELECT "visibility" FROM "Postmortem" WHERE "id" = new."postmortemId") = 'public' BEGIN UPDATE "CacheGeneration" SET "value" = "value" + 1 WHERE "name" = 'public'; END;
