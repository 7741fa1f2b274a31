import { actionItemsSuite } from "@/lib/data/action-items.cases";

actionItemsSuite("postgresql");
