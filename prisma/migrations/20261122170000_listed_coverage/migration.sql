-- Listed entries (k8s.af and accepted suggestions) beside retold stories, and story suggestions.
-- Columns are added, not redefined, so the search and catalogue triggers stay in place.
ALTER TABLE "Postmortem" ADD COLUMN "coverage" TEXT NOT NULL DEFAULT 'retold';
ALTER TABLE "Postmortem" ADD COLUMN "origin" TEXT NOT NULL DEFAULT 'content';
ALTER TABLE "Postmortem" ADD COLUMN "involved" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "Postmortem" ADD COLUMN "tierRule" TEXT;
ALTER TABLE "Postmortem" ADD COLUMN "retoldAs" TEXT;

-- The catalogue index holds coverage as a facet and leaves out listed entries that were retold.
CREATE TRIGGER "catalog_postmortem_coverage_au" AFTER UPDATE OF "coverage", "retoldAs" ON "Postmortem"
WHEN old."coverage" IS NOT new."coverage" OR old."retoldAs" IS NOT new."retoldAs"
BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (new."id");
END;

CREATE TABLE "Suggestion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "url" TEXT NOT NULL,
    "urlKey" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "organization" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "why" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "declineReason" TEXT,
    "createdById" INTEGER,
    "decidedById" INTEGER,
    "decidedAt" DATETIME,
    "postmortemId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Suggestion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Suggestion_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Suggestion_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE INDEX "Suggestion_status_createdAt_idx" ON "Suggestion"("status", "createdAt");
CREATE INDEX "Suggestion_urlKey_idx" ON "Suggestion"("urlKey");
CREATE INDEX "Suggestion_createdById_createdAt_idx" ON "Suggestion"("createdById", "createdAt");

-- Sources keyed by their normalised URL, so a suggestion finds the story that already cites it. Rows written
-- before this migration get their key from the next content sync (lib/content/sync.ts, backfillSourceKeys).
ALTER TABLE "Source" ADD COLUMN "urlKey" TEXT NOT NULL DEFAULT '';
CREATE INDEX "Source_urlKey_idx" ON "Source"("urlKey");
