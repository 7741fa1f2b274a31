import type { Page } from "@playwright/test";
import { filePostmortem, signIn, type World } from "./fixtures";

/** A member of a fresh team, signed in on `page`, in the editor of a draft they just filed. */
export async function editFreshDraft(page: Page, world: World, fields: Record<string, unknown> = {}) {
  const member = await world.user();
  const team = await world.team([{ user: member }]);
  await signIn(page, member);
  const filed = await filePostmortem(page, team.id, fields);
  await page.goto(`/postmortems/${filed.slug}/edit`);
  await editorReady(page);
  return { ...filed, member, team };
}

/**
 * Waits until React has hydrated the editor. Text typed before that is kept (components/editor/use-early-input.ts,
 * e2e/editor-early-typing.spec.ts), but it reaches the editor's state only once hydration has replayed it: tests
 * that check save status or conflicts type after hydration.
 */
export async function editorReady(page: Page) {
  await page.waitForFunction(() => {
    const form = document.querySelector('form[aria-label="Postmortem editor"]');
    return form !== null && Object.keys(form).some((key) => key.startsWith("__reactFiber$"));
  });
}

export const saveStatus = (page: Page, text: string | RegExp) => page.getByRole("status").filter({ hasText: text });
