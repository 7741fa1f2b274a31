import { taxonomyOverridesSuite } from "@/test/taxonomy-overrides.cases";

taxonomyOverridesSuite("sqlite");
