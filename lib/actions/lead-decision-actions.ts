"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { changePostmortemVisibility, purgePostmortemRevision, purgeWholePostmortem } from "@/lib/actions/lead-decisions";

// The purged revision's selection is gone, so the page says what happened from the URL.
export const purgeRevisionAction = formAction(purgePostmortemRevision, ({ slug, version }) => {
  revalidatePath(`/postmortems/${slug}/history`);
  redirect(`/postmortems/${slug}/history?purged=${version}`);
});

// A purged postmortem disappears from browse, search, counts and its team page.
export const purgePostmortemAction = formAction(purgeWholePostmortem, ({ teamSlug }) => {
  revalidatePath("/", "layout");
  redirect(teamSlug ? `/teams/${teamSlug}?purged=1` : "/");
});

// Visibility changes what outsiders see in browse, search and counts.
export const visibilityAction = formAction(changePostmortemVisibility, ({ visibility }) => {
  revalidatePath("/", "layout");
  return visibility === "public" ? "It is now public." : "It is now team-only.";
});
