import { rateLimitsSuite } from "@/lib/auth/rate-limits.cases";

rateLimitsSuite("postgresql");
