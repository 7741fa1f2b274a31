"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/session";
import { formAction } from "@/lib/actions/form-action";
import { answerItemMutation, runVisibilityMutation, startRunMutation } from "@/lib/actions/checklist-runs";

export const startRunAction = formAction(startRunMutation, (run) => redirect(`/runs/${run.id}`));

// The run form saves one item at a time with structured values.
export async function answerItemAction(values: unknown) {
  return answerItemMutation(await getViewer(), values);
}

export const runVisibilityAction = formAction(runVisibilityMutation, (run) => {
  revalidatePath(`/runs/${run.id}`);
  return run.visibility === "public" ? "Anyone can now see this run." : "Only the team can see this run now.";
});
