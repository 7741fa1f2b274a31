import "server-only";
import { mutation } from "@/lib/actions/mutation";
import { createTeamPostmortem, restoreRevision, setArchived, updateTeamPostmortem } from "@/lib/data/postmortem-writes";
import { transition } from "@/lib/data/review";
import { bulkTag, retag } from "@/lib/data/tagging";
import { renderMarkdown } from "@/lib/markdown/render";
import { bulkTagInput, retagInput, sendBackInput, unpublishInput } from "@/lib/validation/review";
import {
  createPostmortemInput,
  parseEachField,
  postmortemRef,
  previewInput,
  restoreRevisionInput,
  updatePostmortemInput,
} from "@/lib/validation/postmortem";

// The postmortem mutations. Server actions (lib/actions/postmortem-actions.ts) and the API route handlers call these.

export const createPostmortem = mutation({ schema: createPostmortemInput, run: (input, viewer) => createTeamPostmortem(viewer, input) });

// Each field is parsed on its own: the valid ones save, the rest come back as `errors` (see updateTeamPostmortem).
export const updatePostmortem = mutation({
  schema: updatePostmortemInput,
  run: (input, viewer) => {
    const { values, errors } = parseEachField(input);
    return updateTeamPostmortem(viewer, { ...values, slug: input.slug, baseVersion: input.baseVersion }, errors);
  },
});

export const archivePostmortem = mutation({ schema: postmortemRef, run: (input, viewer) => setArchived(viewer, input.slug, true) });

export const unarchivePostmortem = mutation({ schema: postmortemRef, run: (input, viewer) => setArchived(viewer, input.slug, false) });

export const restorePostmortemRevision = mutation({
  schema: restoreRevisionInput,
  run: (input, viewer) => restoreRevision(viewer, input.slug, input.revisionId),
});

export const previewMarkdown = mutation({ schema: previewInput, run: async (input) => renderMarkdown(input.body) });

export const submitForReview = mutation({ schema: postmortemRef, run: (input, viewer) => transition(viewer, input.slug, "submit") });

export const publishPostmortem = mutation({ schema: postmortemRef, run: (input, viewer) => transition(viewer, input.slug, "publish") });

export const withdrawPostmortem = mutation({ schema: postmortemRef, run: (input, viewer) => transition(viewer, input.slug, "withdraw") });

export const sendBackPostmortem = mutation({
  schema: sendBackInput,
  run: (input, viewer) => transition(viewer, input.slug, "send_back", input.comment),
});

export const unpublishPostmortem = mutation({
  schema: unpublishInput,
  run: (input, viewer) => transition(viewer, input.slug, "unpublish", input.reason),
});

export const retagPostmortem = mutation({ schema: retagInput, run: (input, viewer) => retag(viewer, input) });

export const bulkTagPostmortems = mutation({ schema: bulkTagInput, run: (input, viewer) => bulkTag(viewer, input) });
