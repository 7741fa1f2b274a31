import { studySuite } from "@/lib/data/study.cases";

studySuite("sqlite");
