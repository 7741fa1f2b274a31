-- AlterTable
ALTER TABLE "TimelineEvent" ADD COLUMN "time" TEXT;


-- Insights aggregate each story's duration and time to detect, mitigate and resolve from the facet index, so a
-- change to either is logged for the index like a change of facets.
CREATE TRIGGER "catalog_postmortem_duration_au" AFTER UPDATE OF "durationMinutes" ON "Postmortem"
WHEN old."durationMinutes" IS NOT new."durationMinutes" BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (new."id");
END;
CREATE TRIGGER "catalog_timeline_ai" AFTER INSERT ON "TimelineEvent" WHEN new."time" IS NOT NULL BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (new."postmortemId");
END;
CREATE TRIGGER "catalog_timeline_au" AFTER UPDATE OF "time", "marker", "postmortemId" ON "TimelineEvent"
WHEN old."time" IS NOT new."time" OR old."marker" IS NOT new."marker" OR old."postmortemId" IS NOT new."postmortemId" BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (old."postmortemId");
  INSERT INTO "CatalogChange"("postmortemId") VALUES (new."postmortemId");
END;
CREATE TRIGGER "catalog_timeline_ad" AFTER DELETE ON "TimelineEvent" WHEN old."time" IS NOT NULL BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (old."postmortemId");
END;
