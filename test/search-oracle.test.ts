import { searchOracleSuite } from "@/test/search-oracle.cases";

searchOracleSuite("sqlite");
