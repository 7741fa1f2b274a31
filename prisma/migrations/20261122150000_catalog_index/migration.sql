-- A log of postmortems whose listing attributes changed, replayed by each app instance into its facet index.
CREATE TABLE "CatalogChange" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "postmortemId" INTEGER NOT NULL
);

-- Only the columns the index holds: visibility (kind, status, visibility, archivedAt, teamId) and facets.
CREATE TRIGGER "catalog_postmortem_ai" AFTER INSERT ON "Postmortem" BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (new."id");
END;
CREATE TRIGGER "catalog_postmortem_au" AFTER UPDATE OF "kind", "status", "visibility", "archivedAt", "teamId", "severity", "platform", "incidentDate" ON "Postmortem" BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (new."id");
END;
CREATE TRIGGER "catalog_postmortem_ad" AFTER DELETE ON "Postmortem" BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (old."id");
END;

CREATE TRIGGER "catalog_tag_link_ai" AFTER INSERT ON "PostmortemTag" BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (new."postmortemId");
END;
CREATE TRIGGER "catalog_tag_link_au" AFTER UPDATE ON "PostmortemTag" BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (old."postmortemId"), (new."postmortemId");
END;
CREATE TRIGGER "catalog_tag_link_ad" AFTER DELETE ON "PostmortemTag" BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (old."postmortemId");
END;
CREATE TRIGGER "catalog_component_link_ai" AFTER INSERT ON "PostmortemComponent" BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (new."postmortemId");
END;
CREATE TRIGGER "catalog_component_link_au" AFTER UPDATE ON "PostmortemComponent" BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (old."postmortemId"), (new."postmortemId");
END;
CREATE TRIGGER "catalog_component_link_ad" AFTER DELETE ON "PostmortemComponent" BEGIN
  INSERT INTO "CatalogChange"("postmortemId") VALUES (old."postmortemId");
END;

-- The index keys values by slug, so renaming a tag, category or component touches every story that uses it.
CREATE TRIGGER "catalog_tag_au" AFTER UPDATE OF "slug", "categoryId" ON "Tag" BEGIN
  INSERT INTO "CatalogChange"("postmortemId") SELECT "postmortemId" FROM "PostmortemTag" WHERE "tagId" = new."id";
END;
CREATE TRIGGER "catalog_category_au" AFTER UPDATE OF "slug" ON "Category" BEGIN
  INSERT INTO "CatalogChange"("postmortemId")
    SELECT pt."postmortemId" FROM "PostmortemTag" pt JOIN "Tag" t ON t."id" = pt."tagId" WHERE t."categoryId" = new."id";
END;
CREATE TRIGGER "catalog_component_au" AFTER UPDATE OF "slug" ON "Component" BEGIN
  INSERT INTO "CatalogChange"("postmortemId") SELECT "postmortemId" FROM "PostmortemComponent" WHERE "componentId" = new."id";
END;
