-- Sessions that can be ended from the server, deactivated users, expiring API tokens,
-- the four-eyes team setting and rate-limit counters. ADD COLUMN keeps the tables (and their triggers) in place.
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "User" ADD COLUMN "deactivatedAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "lastSignInAt" DATETIME;

ALTER TABLE "ApiToken" ADD COLUMN "expiresAt" DATETIME;

ALTER TABLE "Team" ADD COLUMN "requireSecondReviewer" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "RateLimiterFlexible" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "points" INTEGER NOT NULL,
    "expire" DATETIME
);
CREATE INDEX "RateLimiterFlexible_expire_idx" ON "RateLimiterFlexible"("expire");
