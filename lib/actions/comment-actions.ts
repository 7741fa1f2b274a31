"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { mutation } from "@/lib/actions/mutation";
import { createComment, setResolved } from "@/lib/data/review-comments";
import { commentInput, resolveInput } from "@/lib/validation/comments";

const refresh = ({ slug }: { slug: string }) => revalidatePath(`/postmortems/${slug}`);

export const commentAction = formAction(
  mutation({
    schema: commentInput,
    async run(input, viewer) {
      await createComment(viewer, input.slug, { anchor: input.anchor, body: input.body, parentId: input.parentId });
      return { slug: input.slug };
    },
  }),
  (r) => {
    refresh(r);
    return "Comment posted.";
  },
);

export const resolveAction = formAction(
  mutation({ schema: resolveInput, run: (input, viewer) => setResolved(viewer, input.slug, input.commentId, input.resolved) }),
  (r) => {
    refresh(r);
    return r.resolved ? "Resolved." : "Reopened.";
  },
);
