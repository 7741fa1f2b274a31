import { postmortemDetailSuite } from "@/lib/data/postmortems.cases";

postmortemDetailSuite("postgresql");
