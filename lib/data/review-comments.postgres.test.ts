import { reviewCommentsSuite } from "@/lib/data/review-comments.cases";

reviewCommentsSuite("postgresql");
