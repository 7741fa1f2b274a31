import { importsSuite } from "@/lib/data/imports.cases";

importsSuite("sqlite");
