-- The last reminder sent to an action item's owner for its current due date (lib/data/action-item-events.ts).
ALTER TABLE "ActionItem" ADD COLUMN "reminded" TEXT NOT NULL DEFAULT '';

-- Items already overdue when this arrives are not news: no flood of reminders on the first sweep after the upgrade.
UPDATE "ActionItem" SET "reminded" = 'overdue' WHERE "status" = 'open' AND "dueDate" < date_trunc('day', now() AT TIME ZONE 'UTC');
