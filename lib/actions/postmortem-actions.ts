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

const refreshEverywhere = ({ slug }: { slug: string }) => {
  refresh({ slug });
  revalidatePath("/", "layout");
};

export const submitAction = formAction(submitForReview, refreshEverywhere);
export const publishAction = formAction(publishPostmortem, refreshEverywhere);
export const sendBackAction = formAction(sendBackPostmortem, refreshEverywhere);
export const unpublishAction = formAction(unpublishPostmortem, refreshEverywhere);
export const retagAction = formAction(retagPostmortem, (r) => {
  refreshEverywhere(r);
  return r.changed ? "Tags saved." : "No changes to save.";
});
export const bulkTagAction = formAction(bulkTagPostmortems, (r) => {
  revalidatePath("/", "layout");
  return `Changed ${r.changed} of ${r.total} selected postmortem${r.total === 1 ? "" : "s"}.`;
});
