import { postmortemDetailSuite } from "@/lib/data/postmortems.cases";

postmortemDetailSuite("sqlite");
