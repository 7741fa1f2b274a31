import "server-only";
import { mutation } from "@/lib/actions/mutation";
import { createTeamPostmortem, restoreRevision, setArchived, updateTeamPostmortem } from "@/lib/data/postmortem-writes";
import { renderMarkdown } from "@/lib/markdown/render";
import { createPostmortemInput, postmortemRef, previewInput, restoreRevisionInput, updatePostmortemInput } from "@/lib/validation/postmortem";

// The postmortem mutations. Server actions (lib/actions/postmortem-actions.ts) and the API route handlers call these.

export const createPostmortem = mutation({ schema: createPostmortemInput, run: (input, viewer) => createTeamPostmortem(viewer, input) });

export const updatePostmortem = mutation({ schema: updatePostmortemInput, run: (input, viewer) => updateTeamPostmortem(viewer, input) });

export const archivePostmortem = mutation({ schema: postmortemRef, run: (input, viewer) => setArchived(viewer, input.slug, true) });

export const unarchivePostmortem = mutation({ schema: postmortemRef, run: (input, viewer) => setArchived(viewer, input.slug, false) });

export const restorePostmortemRevision = mutation({ schema: restoreRevisionInput, run: (input, viewer) => restoreRevision(viewer, input.slug, input.revisionId) });

export const previewMarkdown = mutation({ schema: previewInput, run: async (input) => renderMarkdown(input.body) });
