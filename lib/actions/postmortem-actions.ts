"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/session";
import { formAction } from "@/lib/actions/form-action";
import { archivePostmortem, createPostmortem, previewMarkdown, restorePostmortemRevision, unarchivePostmortem, updatePostmortem } from "@/lib/actions/postmortems";

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
