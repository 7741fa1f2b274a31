-- AlterTable
ALTER TABLE "Postmortem" ADD COLUMN "exercise" TEXT;

-- CreateTable
CREATE TABLE "LearningPathTechnique" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pathId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "techniqueId" INTEGER NOT NULL,
    "why" TEXT NOT NULL,
    CONSTRAINT "LearningPathTechnique_pathId_fkey" FOREIGN KEY ("pathId") REFERENCES "LearningPath" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LearningPathTechnique_techniqueId_fkey" FOREIGN KEY ("techniqueId") REFERENCES "Technique" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Technique" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "symptom" TEXT NOT NULL,
    "commands" TEXT NOT NULL DEFAULT '[]',
    "caveats" TEXT NOT NULL DEFAULT '[]',
    "sourceTitle" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "tags" TEXT NOT NULL DEFAULT '[]',
    "components" TEXT NOT NULL DEFAULT '[]',
    "searchText" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "contentHash" TEXT
);

-- CreateTable
CREATE TABLE "TechniquePostmortem" (
    "techniqueId" INTEGER NOT NULL,
    "postmortemId" INTEGER NOT NULL,

    PRIMARY KEY ("techniqueId", "postmortemId"),
    CONSTRAINT "TechniquePostmortem_techniqueId_fkey" FOREIGN KEY ("techniqueId") REFERENCES "Technique" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TechniquePostmortem_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StudyMark" (
    "userId" INTEGER NOT NULL,
    "itemKind" TEXT NOT NULL,
    "itemSlug" TEXT NOT NULL,
    "studied" BOOLEAN NOT NULL DEFAULT false,
    "bookmarked" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("userId", "itemKind", "itemSlug"),
    CONSTRAINT "StudyMark_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StudyAnswer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "postmortemId" INTEGER NOT NULL,
    "answer" TEXT NOT NULL,
    "pick" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StudyAnswer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StudyAnswer_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable (an added column, not a redefinition: the LearningPath cache triggers stay)
ALTER TABLE "LearningPath" ADD COLUMN "level" TEXT NOT NULL DEFAULT 'beginner';

-- CreateIndex
CREATE INDEX "LearningPathTechnique_pathId_position_idx" ON "LearningPathTechnique"("pathId", "position");

-- CreateIndex
CREATE INDEX "LearningPathTechnique_techniqueId_idx" ON "LearningPathTechnique"("techniqueId");

-- CreateIndex
CREATE UNIQUE INDEX "Technique_slug_key" ON "Technique"("slug");

-- CreateIndex
CREATE INDEX "TechniquePostmortem_postmortemId_idx" ON "TechniquePostmortem"("postmortemId");

-- CreateIndex
CREATE INDEX "StudyAnswer_userId_createdAt_idx" ON "StudyAnswer"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "StudyAnswer_postmortemId_idx" ON "StudyAnswer"("postmortemId");

-- Public pages (/techniques, /study, story pages) read these tables: bump the anonymous page cache on every write.
CREATE TRIGGER "cache_technique_ai" AFTER INSERT ON "Technique" BEGIN UPDATE "CacheGeneration" SET "value" = "value" + 1 WHERE "name" = 'public'; END;
CREATE TRIGGER "cache_technique_au" AFTER UPDATE ON "Technique" BEGIN UPDATE "CacheGeneration" SET "value" = "value" + 1 WHERE "name" = 'public'; END;
CREATE TRIGGER "cache_technique_ad" AFTER DELETE ON "Technique" BEGIN UPDATE "CacheGeneration" SET "value" = "value" + 1 WHERE "name" = 'public'; END;
CREATE TRIGGER "cache_techniquepostmortem_ai" AFTER INSERT ON "TechniquePostmortem" BEGIN UPDATE "CacheGeneration" SET "value" = "value" + 1 WHERE "name" = 'public'; END;
CREATE TRIGGER "cache_techniquepostmortem_au" AFTER UPDATE ON "TechniquePostmortem" BEGIN UPDATE "CacheGeneration" SET "value" = "value" + 1 WHERE "name" = 'public'; END;
CREATE TRIGGER "cache_techniquepostmortem_ad" AFTER DELETE ON "TechniquePostmortem" BEGIN UPDATE "CacheGeneration" SET "value" = "value" + 1 WHERE "name" = 'public'; END;
CREATE TRIGGER "cache_learningpathtechnique_ai" AFTER INSERT ON "LearningPathTechnique" BEGIN UPDATE "CacheGeneration" SET "value" = "value" + 1 WHERE "name" = 'public'; END;
CREATE TRIGGER "cache_learningpathtechnique_au" AFTER UPDATE ON "LearningPathTechnique" BEGIN UPDATE "CacheGeneration" SET "value" = "value" + 1 WHERE "name" = 'public'; END;
CREATE TRIGGER "cache_learningpathtechnique_ad" AFTER DELETE ON "LearningPathTechnique" BEGIN UPDATE "CacheGeneration" SET "value" = "value" + 1 WHERE "name" = 'public'; END;
