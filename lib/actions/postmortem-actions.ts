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
export const unpublishAction = formAction(unpublishPostmortem, refreshAll);
export const retagAction = formAction(retagPostmortem, (r) => {
  refreshAll();
  return r.changed ? "Tags saved." : "No changes to save.";
});
export const bulkTagAction = formAction(bulkTagPostmortems, (r) => {
  refreshAll();
  return `Changed ${r.changed} of ${r.total} selected postmortem${r.total === 1 ? "" : "s"}.`;
});
