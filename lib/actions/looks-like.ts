import "server-only";
import { mutation } from "@/lib/actions/mutation";
import { linkStory, unlinkStory } from "@/lib/data/looks-like";
import { looksLikeInput } from "@/lib/validation/similar";

// PUT and DELETE /api/v1/postmortems/{slug}/looks-like/{story}; the editor's panel calls them.
export const linkStoryMutation = mutation({ schema: looksLikeInput, run: (input, viewer) => linkStory(viewer, input) });
export const unlinkStoryMutation = mutation({ schema: looksLikeInput, run: (input, viewer) => unlinkStory(viewer, input) });
