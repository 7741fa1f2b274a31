-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Account" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Team" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Membership" (
    "userId" INTEGER NOT NULL,
    "teamId" INTEGER NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'member',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "teamId"),
    CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Membership_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Invite" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "teamId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdById" INTEGER NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Invite_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Invite_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "postmortemId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "authorId" INTEGER,
    "changedFields" TEXT NOT NULL DEFAULT '[]',
    "snapshot" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Revision_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- The search view and triggers reference "Postmortem"; legacy ALTER stops RENAME from re-validating them mid-redefinition.
PRAGMA legacy_alter_table=ON;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Postmortem" (
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
    "kubernetesVersion" TEXT,
    "teamId" INTEGER,
    "createdById" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Postmortem_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Postmortem_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Postmortem" ("body", "bodyText", "caveats", "contentHash", "createdAt", "dateNote", "datePrecision", "detection", "durationApproximate", "durationMinutes", "durationNote", "environment", "id", "impact", "incidentDate", "kind", "organization", "platform", "resolution", "rootCause", "severity", "slug", "status", "summary", "title", "trigger", "updatedAt", "visibility") SELECT "body", "bodyText", "caveats", "contentHash", "createdAt", "dateNote", "datePrecision", "detection", "durationApproximate", "durationMinutes", "durationNote", "environment", "id", "impact", "incidentDate", "kind", "organization", "platform", "resolution", "rootCause", "severity", "slug", "status", "summary", "title", "trigger", "updatedAt", "visibility" FROM "Postmortem";
DROP TABLE "Postmortem";
ALTER TABLE "new_Postmortem" RENAME TO "Postmortem";
CREATE UNIQUE INDEX "Postmortem_slug_key" ON "Postmortem"("slug");
CREATE INDEX "Postmortem_status_visibility_incidentDate_idx" ON "Postmortem"("status", "visibility", "incidentDate");
CREATE INDEX "Postmortem_teamId_idx" ON "Postmortem"("teamId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
PRAGMA legacy_alter_table=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Team_slug_key" ON "Team"("slug");

-- CreateIndex
CREATE INDEX "Membership_teamId_idx" ON "Membership"("teamId");

-- CreateIndex
CREATE UNIQUE INDEX "Invite_tokenHash_key" ON "Invite"("tokenHash");

-- CreateIndex
CREATE INDEX "Invite_teamId_idx" ON "Invite"("teamId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_createdAt_idx" ON "LoginAttempt"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "Revision_postmortemId_createdAt_idx" ON "Revision"("postmortemId", "createdAt");


-- Redefining "Postmortem" dropped its search triggers; recreate them exactly as in 20261121000100_search.
CREATE TRIGGER "postmortem_fts_ai" AFTER INSERT ON "Postmortem" BEGIN
  INSERT INTO "postmortem_fts"(rowid, title, summary, body, root_cause, lessons, tags, components)
    SELECT * FROM "postmortem_search_doc" WHERE "id" = new."id";
END;

CREATE TRIGGER "postmortem_fts_au" AFTER UPDATE ON "Postmortem" BEGIN
  DELETE FROM "postmortem_fts" WHERE rowid = old."id";
  INSERT INTO "postmortem_fts"(rowid, title, summary, body, root_cause, lessons, tags, components)
    SELECT * FROM "postmortem_search_doc" WHERE "id" = new."id";
END;

CREATE TRIGGER "postmortem_fts_ad" AFTER DELETE ON "Postmortem" BEGIN
  DELETE FROM "postmortem_fts" WHERE rowid = old."id";
END;
