import { outboxSuite } from "@/lib/data/outbox.cases";

outboxSuite("sqlite");
