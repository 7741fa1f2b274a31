-- CreateTable
CREATE TABLE "PostmortemLink" (
    "teamPostmortemId" INTEGER NOT NULL,
    "storyId" INTEGER NOT NULL,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("teamPostmortemId", "storyId"),
    CONSTRAINT "PostmortemLink_teamPostmortemId_fkey" FOREIGN KEY ("teamPostmortemId") REFERENCES "Postmortem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PostmortemLink_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Postmortem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PostmortemLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- Added in place: redefining ActionItem would drop its search and cache triggers.
ALTER TABLE "ActionItem" ADD COLUMN "ownerId" INTEGER REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ActionItem" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
CREATE INDEX "ActionItem_ownerId_dueDate_idx" ON "ActionItem"("ownerId", "dueDate");
CREATE INDEX "ActionItem_dueDate_idx" ON "ActionItem"("dueDate");

-- CreateIndex
CREATE INDEX "PostmortemLink_storyId_idx" ON "PostmortemLink"("storyId");


-- "N team postmortems resemble this" is on public story pages: a link added or removed changes them.
CREATE TRIGGER "cache_postmortemlink_ai" AFTER INSERT ON "PostmortemLink" BEGIN UPDATE "CacheGeneration" SET "value" = "value" + 1 WHERE "name" = 'public'; END;
CREATE TRIGGER "cache_postmortemlink_ad" AFTER DELETE ON "PostmortemLink" BEGIN UPDATE "CacheGeneration" SET "value" = "value" + 1 WHERE "name" = 'public'; END;
