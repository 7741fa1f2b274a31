import { apiTokensSuite } from "@/lib/data/api-tokens.cases";

apiTokensSuite("sqlite");
