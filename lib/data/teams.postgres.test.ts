import { teamsSuite } from "@/lib/data/teams.cases";

teamsSuite("postgresql");
