import { reviewCommentsSuite } from "@/lib/data/review-comments.cases";

reviewCommentsSuite("sqlite");
