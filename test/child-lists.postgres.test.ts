import { childListsSuite } from "@/test/child-lists.cases";

childListsSuite("postgresql");
