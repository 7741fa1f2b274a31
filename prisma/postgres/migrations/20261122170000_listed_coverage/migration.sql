-- AlterTable
ALTER TABLE "Postmortem" ADD COLUMN     "coverage" TEXT NOT NULL DEFAULT 'retold',
ADD COLUMN     "involved" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "origin" TEXT NOT NULL DEFAULT 'content',
ADD COLUMN     "retoldAs" TEXT,
ADD COLUMN     "tierRule" TEXT;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "urlKey" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "Suggestion" (
    "id" SERIAL NOT NULL,
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
    "decidedAt" TIMESTAMP(3),
    "postmortemId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Suggestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Suggestion_status_createdAt_idx" ON "Suggestion"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Suggestion_urlKey_idx" ON "Suggestion"("urlKey");

-- CreateIndex
CREATE INDEX "Suggestion_createdById_createdAt_idx" ON "Suggestion"("createdById", "createdAt");

-- CreateIndex
CREATE INDEX "Source_urlKey_idx" ON "Source"("urlKey");

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The catalogue index holds coverage as a facet and leaves out listed entries that were retold.
CREATE FUNCTION atlas_postmortem_coverage_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM atlas_log_changes(ARRAY[NEW."id"]);
  RETURN NULL;
END $$;
CREATE TRIGGER postmortem_coverage_changed AFTER UPDATE OF "coverage", "retoldAs" ON "Postmortem"
  FOR EACH ROW WHEN (OLD."coverage" IS DISTINCT FROM NEW."coverage" OR OLD."retoldAs" IS DISTINCT FROM NEW."retoldAs")
  EXECUTE FUNCTION atlas_postmortem_coverage_changed();
