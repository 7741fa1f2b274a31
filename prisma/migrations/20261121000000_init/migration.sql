-- CreateTable
CREATE TABLE "Category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "synonyms" TEXT NOT NULL DEFAULT '',
    "categoryId" INTEGER NOT NULL,
    CONSTRAINT "Tag_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Component" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Postmortem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'curated',
    "status" TEXT NOT NULL DEFAULT 'published',
    "visibility" TEXT NOT NULL DEFAULT 'public',
    "title" TEXT NOT NULL,
    "organization" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "incidentDate" DATETIME NOT NULL,
    "datePrecision" TEXT NOT NULL DEFAULT 'day',
    "dateNote" TEXT,
    "durationMinutes" INTEGER,
    "durationApproximate" BOOLEAN NOT NULL DEFAULT false,
    "durationNote" TEXT,
    "platform" TEXT NOT NULL,
    "environment" TEXT NOT NULL DEFAULT '',
    "summary" TEXT NOT NULL,
    "impact" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "rootCause" TEXT NOT NULL,
    "detection" TEXT NOT NULL,
    "resolution" TEXT NOT NULL,
    "caveats" TEXT NOT NULL DEFAULT '[]',
    "body" TEXT NOT NULL DEFAULT '',
    "bodyText" TEXT NOT NULL DEFAULT '',
    "contentHash" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PostmortemTag" (
    "postmortemId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,

    PRIMARY KEY ("postmortemId", "tagId"),
    CONSTRAINT "PostmortemTag_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PostmortemTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PostmortemComponent" (
    "postmortemId" INTEGER NOT NULL,
    "componentId" INTEGER NOT NULL,

    PRIMARY KEY ("postmortemId", "componentId"),
    CONSTRAINT "PostmortemComponent_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PostmortemComponent_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Lesson" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "postmortemId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "Lesson_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TimelineEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "postmortemId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "at" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "marker" TEXT,
    CONSTRAINT "TimelineEvent_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "postmortemId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "owner" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "dueDate" DATETIME,
    "link" TEXT,
    CONSTRAINT "ActionItem_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "postmortemId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    CONSTRAINT "Source_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Category_slug_key" ON "Category"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_slug_key" ON "Tag"("slug");

-- CreateIndex
CREATE INDEX "Tag_categoryId_idx" ON "Tag"("categoryId");

-- CreateIndex
CREATE UNIQUE INDEX "Component_slug_key" ON "Component"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Postmortem_slug_key" ON "Postmortem"("slug");

-- CreateIndex
CREATE INDEX "Postmortem_status_visibility_incidentDate_idx" ON "Postmortem"("status", "visibility", "incidentDate");

-- CreateIndex
CREATE INDEX "PostmortemTag_tagId_idx" ON "PostmortemTag"("tagId");

-- CreateIndex
CREATE INDEX "PostmortemComponent_componentId_idx" ON "PostmortemComponent"("componentId");

-- CreateIndex
CREATE INDEX "Lesson_postmortemId_position_idx" ON "Lesson"("postmortemId", "position");

-- CreateIndex
CREATE INDEX "TimelineEvent_postmortemId_position_idx" ON "TimelineEvent"("postmortemId", "position");

-- CreateIndex
CREATE INDEX "ActionItem_postmortemId_position_idx" ON "ActionItem"("postmortemId", "position");

-- CreateIndex
CREATE INDEX "Source_postmortemId_position_idx" ON "Source"("postmortemId", "position");

