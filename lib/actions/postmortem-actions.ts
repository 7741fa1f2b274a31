"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/session";
import { formAction } from "@/lib/actions/form-action";
import {
  archivePostmortem,
  bulkTagPostmortems,
  createPostmortem,
  previewMarkdown,
  publishPostmortem,
  restorePostmortemRevision,
  retagPostmortem,
  sendBackPostmortem,
  submitForReview,
  unarchivePostmortem,
  unpublishPostmortem,
  updatePostmortem,
  withdrawPostmortem,
} from "@/lib/actions/postmortems";

const refresh = ({ slug }: { slug: string }) => {
  revalidatePath(`/postmortems/${slug}`, "layout");
  revalidatePath("/teams", "layout");
};

// The editor sends structured values (lists of timeline events, action items…), not flat form fields.
export async function createDraftAction(values: unknown) {
  return createPostmortem(await getViewer(), values);
}

export async function saveDraftAction(values: unknown) {
  return updatePostmortem(await getViewer(), values);
}

export async function previewMarkdownAction(body: string) {
  return previewMarkdown(await getViewer(), { body });
}

export const archiveAction = formAction(archivePostmortem, refresh);
export const unarchiveAction = formAction(unarchivePostmortem, refresh);
export const restoreRevisionAction = formAction(restorePostmortemRevision, refresh);

// Review moves and tags change browse, search, counts and the header's queues: refresh every page.
const refreshAll = () => revalidatePath("/", "layout");

export const submitAction = formAction(submitForReview, refreshAll);
export const publishAction = formAction(publishPostmortem, refreshAll);
export const sendBackAction = formAction(sendBackPostmortem, refreshAll);
export const withdrawAction = formAction(withdrawPostmortem, refreshAll);
export const unpublishAction = formAction(unpublishPostmortem, refreshAll);
export const retagAction = formAction(retagPostmortem, (r) => {
  refreshAll();
  return r.changed ? "Tags saved." : "No changes to save.";
});
export const bulkTagAction = formAction(bulkTagPostmortems, (r) => {
  refreshAll();
  const count = `${r.changed.length} postmortem${r.changed.length === 1 ? "" : "s"}`;
  if (r.changed.length === 0)
    return `Nothing changed: ${r.op === "add" ? "every selected postmortem already has" : "no selected postmortem has"} the tag ${r.tag.name}.`;
  return r.op === "add" ? `Added tag ${r.tag.name} to ${count}.` : `Removed tag ${r.tag.name} from ${count}.`;
});
