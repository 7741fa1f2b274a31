-- CreateTable
CREATE TABLE "TagRedirect" (
    "fromSlug" TEXT NOT NULL PRIMARY KEY,
    "tagId" INTEGER NOT NULL,
    CONSTRAINT "TagRedirect_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TagOverride" (
    "postmortemId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,
    "op" TEXT NOT NULL,

    PRIMARY KEY ("postmortemId", "tagId"),
    CONSTRAINT "TagOverride_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TagOverride_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ComponentOverride" (
    "postmortemId" INTEGER NOT NULL,
    "componentId" INTEGER NOT NULL,
    "op" TEXT NOT NULL,

    PRIMARY KEY ("postmortemId", "componentId"),
    CONSTRAINT "ComponentOverride_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ComponentOverride_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityLabel" TEXT NOT NULL,
    "postmortemId" INTEGER,
    "teamId" INTEGER,
    "before" TEXT NOT NULL DEFAULT 'null',
    "after" TEXT NOT NULL DEFAULT 'null',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AuditEntry_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Checklist" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "contentHash" TEXT
);

-- CreateTable
CREATE TABLE "ChecklistItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "checklistId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "control" TEXT NOT NULL,
    "why" TEXT NOT NULL,
    "checkKind" TEXT NOT NULL,
    "checkLang" TEXT NOT NULL DEFAULT 'sh',
    "check" TEXT NOT NULL,
    CONSTRAINT "ChecklistItem_checklistId_fkey" FOREIGN KEY ("checklistId") REFERENCES "Checklist" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChecklistItemTag" (
    "itemId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,

    PRIMARY KEY ("itemId", "tagId"),
    CONSTRAINT "ChecklistItemTag_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ChecklistItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChecklistItemTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChecklistItemPostmortem" (
    "itemId" INTEGER NOT NULL,
    "postmortemId" INTEGER NOT NULL,

    PRIMARY KEY ("itemId", "postmortemId"),
    CONSTRAINT "ChecklistItemPostmortem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ChecklistItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChecklistItemPostmortem_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChecklistRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "checklistId" INTEGER NOT NULL,
    "teamId" INTEGER NOT NULL,
    "target" TEXT NOT NULL,
    "visibility" TEXT NOT NULL DEFAULT 'team',
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ChecklistRun_checklistId_fkey" FOREIGN KEY ("checklistId") REFERENCES "Checklist" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChecklistRun_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChecklistRun_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChecklistAnswer" (
    "runId" INTEGER NOT NULL,
    "itemId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'unknown',
    "note" TEXT NOT NULL DEFAULT '',
    "owner" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedById" INTEGER,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("runId", "itemId"),
    CONSTRAINT "ChecklistAnswer_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ChecklistRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChecklistAnswer_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ChecklistItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChecklistAnswer_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- Added columns rather than redefined tables, so the search view and the FTS triggers on "Postmortem" and "Tag" stay intact.
ALTER TABLE "Category" ADD COLUMN "origin" TEXT NOT NULL DEFAULT 'content';
ALTER TABLE "Category" ADD COLUMN "retiredAt" DATETIME;
ALTER TABLE "Tag" ADD COLUMN "origin" TEXT NOT NULL DEFAULT 'content';
ALTER TABLE "Postmortem" ADD COLUMN "submittedAt" DATETIME;
ALTER TABLE "Postmortem" ADD COLUMN "publishedAt" DATETIME;
ALTER TABLE "Postmortem" ADD COLUMN "publishedById" INTEGER REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Postmortem" ADD COLUMN "reviewNote" TEXT;
ALTER TABLE "Postmortem" ADD COLUMN "reviewNoteById" INTEGER REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- Team postmortems that were public before review existed stay public: they count as published.
UPDATE "Postmortem" SET "status" = 'published', "publishedAt" = "updatedAt" WHERE "kind" = 'team' AND "visibility" = 'public' AND "status" = 'draft';

-- CreateIndex
CREATE INDEX "TagRedirect_tagId_idx" ON "TagRedirect"("tagId");

-- CreateIndex
CREATE INDEX "TagOverride_tagId_idx" ON "TagOverride"("tagId");

-- CreateIndex
CREATE INDEX "ComponentOverride_componentId_idx" ON "ComponentOverride"("componentId");

-- CreateIndex
CREATE INDEX "AuditEntry_createdAt_idx" ON "AuditEntry"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_teamId_createdAt_idx" ON "AuditEntry"("teamId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_postmortemId_idx" ON "AuditEntry"("postmortemId");

-- CreateIndex
CREATE UNIQUE INDEX "Checklist_slug_key" ON "Checklist"("slug");

-- CreateIndex
CREATE INDEX "ChecklistItem_checklistId_position_idx" ON "ChecklistItem"("checklistId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistItem_checklistId_key_key" ON "ChecklistItem"("checklistId", "key");

-- CreateIndex
CREATE INDEX "ChecklistItemTag_tagId_idx" ON "ChecklistItemTag"("tagId");

-- CreateIndex
CREATE INDEX "ChecklistItemPostmortem_postmortemId_idx" ON "ChecklistItemPostmortem"("postmortemId");

-- CreateIndex
CREATE INDEX "ChecklistRun_teamId_checklistId_idx" ON "ChecklistRun"("teamId", "checklistId");

-- CreateIndex
CREATE INDEX "ChecklistAnswer_itemId_idx" ON "ChecklistAnswer"("itemId");

