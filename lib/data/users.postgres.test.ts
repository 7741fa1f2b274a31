import { usersSuite } from "@/lib/data/users.cases";

usersSuite("postgresql");
