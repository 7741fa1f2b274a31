"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, formToObject } from "@/lib/actions/form-action";
import { exerciseAnswerMutation, importStudyMutation, markStudyMutation } from "@/lib/actions/study";
import { getViewer } from "@/lib/auth/session";

const itemPath = (kind: string, slug: string) => (kind === "technique" ? `/techniques/${slug}` : `/postmortems/${slug}`);

export const markStudyAction = formAction(markStudyMutation, ({ kind, slug, studied, bookmarked }) => {
  revalidatePath(itemPath(kind, slug));
  revalidatePath("/study");
  return `${studied ? "Studied" : "Not studied yet"}${bookmarked ? ", bookmarked" : ""}.`;
});

/** Called by the import offer with the browser's marks (JSON, not a form). */
export async function importStudyAction(marks: unknown) {
  const result = await importStudyMutation(await getViewer(), { marks });
  if (result.ok) revalidatePath("/study");
  return result;
}

/**
 * Reveals an exercise: a plain form post, so it works without JavaScript. The answer is saved for a signed-in
 * reader before the redirect; the reveal page reads the pick from the URL and the written answer from history.
 */
export async function revealExerciseAction(formData: FormData) {
  const result = await exerciseAnswerMutation(await getViewer(), formToObject(formData));
  const slug = String(formData.get("slug") ?? "");
  if (!result.ok) {
    // Only a tampered form fails validation; the page shows the message.
    redirect(`/postmortems/${encodeURIComponent(slug)}/study?error=${encodeURIComponent(result.message)}`);
  }
  const pick = result.data.pick ? `&pick=${encodeURIComponent(result.data.pick)}` : "";
  redirect(`/postmortems/${result.data.slug}/study?revealed=1${pick}#reveal`);
}
