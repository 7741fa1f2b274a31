-- The last reminder sent to an action item's owner for its current due date (lib/data/action-item-events.ts).
-- ADD COLUMN, not a table redefinition: the search triggers on "ActionItem" stay as they are.
ALTER TABLE "ActionItem" ADD COLUMN "reminded" TEXT NOT NULL DEFAULT '';
