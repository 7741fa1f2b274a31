-- AlterTable
ALTER TABLE "Postmortem" ADD COLUMN     "exercise" TEXT;

-- AlterTable
ALTER TABLE "LearningPath" ADD COLUMN     "level" TEXT NOT NULL DEFAULT 'beginner';

-- CreateTable
CREATE TABLE "LearningPathTechnique" (
    "id" SERIAL NOT NULL,
    "pathId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "techniqueId" INTEGER NOT NULL,
    "why" TEXT NOT NULL,

    CONSTRAINT "LearningPathTechnique_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Technique" (
    "id" SERIAL NOT NULL,
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
    "contentHash" TEXT,

    CONSTRAINT "Technique_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TechniquePostmortem" (
    "techniqueId" INTEGER NOT NULL,
    "postmortemId" INTEGER NOT NULL,

    CONSTRAINT "TechniquePostmortem_pkey" PRIMARY KEY ("techniqueId","postmortemId")
);

-- CreateTable
CREATE TABLE "StudyMark" (
    "userId" INTEGER NOT NULL,
    "itemKind" TEXT NOT NULL,
    "itemSlug" TEXT NOT NULL,
    "studied" BOOLEAN NOT NULL DEFAULT false,
    "bookmarked" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StudyMark_pkey" PRIMARY KEY ("userId","itemKind","itemSlug")
);

-- CreateTable
CREATE TABLE "StudyAnswer" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "postmortemId" INTEGER NOT NULL,
    "answer" TEXT NOT NULL,
    "pick" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StudyAnswer_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "LearningPathTechnique" ADD CONSTRAINT "LearningPathTechnique_pathId_fkey" FOREIGN KEY ("pathId") REFERENCES "LearningPath"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningPathTechnique" ADD CONSTRAINT "LearningPathTechnique_techniqueId_fkey" FOREIGN KEY ("techniqueId") REFERENCES "Technique"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TechniquePostmortem" ADD CONSTRAINT "TechniquePostmortem_techniqueId_fkey" FOREIGN KEY ("techniqueId") REFERENCES "Technique"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TechniquePostmortem" ADD CONSTRAINT "TechniquePostmortem_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyMark" ADD CONSTRAINT "StudyMark_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyAnswer" ADD CONSTRAINT "StudyAnswer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyAnswer" ADD CONSTRAINT "StudyAnswer_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Public pages (/techniques, /study, story pages) read these tables: bump the anonymous page cache on every write.
CREATE TRIGGER cache_technique AFTER INSERT OR UPDATE OR DELETE ON "Technique" FOR EACH ROW EXECUTE FUNCTION atlas_bump_cache('public');
CREATE TRIGGER cache_techniquepostmortem AFTER INSERT OR UPDATE OR DELETE ON "TechniquePostmortem" FOR EACH ROW EXECUTE FUNCTION atlas_bump_cache('public');
CREATE TRIGGER cache_learningpathtechnique AFTER INSERT OR UPDATE OR DELETE ON "LearningPathTechnique" FOR EACH ROW EXECUTE FUNCTION atlas_bump_cache('public');
