-- Sign-in attempts are counted by rate-limiter-flexible in "RateLimiterFlexible" now (docs/decisions/0005-rate-limiting.md).
DROP TABLE "LoginAttempt";
