-- The last reminder sent to an action item's owner for its current due date (lib/data/action-item-events.ts).
ALTER TABLE "ActionItem" ADD COLUMN "reminded" TEXT NOT NULL DEFAULT '';
