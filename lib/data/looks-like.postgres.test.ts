import { looksLikeSuite } from "@/lib/data/looks-like.cases";

looksLikeSuite("postgresql");
