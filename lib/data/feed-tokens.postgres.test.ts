import { feedTokensSuite } from "@/lib/data/feed-tokens.cases";

feedTokensSuite("postgresql");
