import { sqlDialectSuite } from "@/test/sql-dialect.cases";

sqlDialectSuite("sqlite");
