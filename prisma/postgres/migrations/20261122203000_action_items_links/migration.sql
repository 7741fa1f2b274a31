-- AlterTable
ALTER TABLE "ActionItem" ADD COLUMN     "ownerId" INTEGER,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "PostmortemLink" (
    "teamPostmortemId" INTEGER NOT NULL,
    "storyId" INTEGER NOT NULL,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PostmortemLink_pkey" PRIMARY KEY ("teamPostmortemId","storyId")
);

-- CreateIndex
CREATE INDEX "PostmortemLink_storyId_idx" ON "PostmortemLink"("storyId");

-- CreateIndex
CREATE INDEX "ActionItem_ownerId_dueDate_idx" ON "ActionItem"("ownerId", "dueDate");

-- CreateIndex
CREATE INDEX "ActionItem_dueDate_idx" ON "ActionItem"("dueDate");

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemLink" ADD CONSTRAINT "PostmortemLink_teamPostmortemId_fkey" FOREIGN KEY ("teamPostmortemId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemLink" ADD CONSTRAINT "PostmortemLink_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemLink" ADD CONSTRAINT "PostmortemLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- "N team postmortems resemble this" is on public story pages: a link added or removed changes them.
CREATE TRIGGER cache_postmortemlink AFTER INSERT OR UPDATE OR DELETE ON "PostmortemLink" FOR EACH ROW EXECUTE FUNCTION atlas_bump_cache('public');
