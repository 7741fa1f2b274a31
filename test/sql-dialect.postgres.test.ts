import { sqlDialectSuite } from "@/test/sql-dialect.cases";

sqlDialectSuite("postgresql");
