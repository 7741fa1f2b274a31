import "server-only";
import { mutation } from "@/lib/actions/mutation";
import { setPostmortemVisibility } from "@/lib/data/postmortem-visibility";
import { purgePostmortem, purgeRevision } from "@/lib/data/purge";
import { purgePostmortemInput, purgeRevisionInput, visibilityInput } from "@/lib/validation/lead-decisions";

// Lead decisions that are not edits: purges (history page) and visibility (postmortem page).

export const purgePostmortemRevision = mutation({
  schema: purgeRevisionInput,
  run: (input, viewer) => purgeRevision(viewer, input.slug, input.revisionId),
});

export const purgeWholePostmortem = mutation({
  schema: purgePostmortemInput,
  run: (input, viewer) => purgePostmortem(viewer, input.slug, input.confirmation),
});

export const changePostmortemVisibility = mutation({
  schema: visibilityInput,
  run: (input, viewer) => setPostmortemVisibility(viewer, input.slug, input.visibility),
});
