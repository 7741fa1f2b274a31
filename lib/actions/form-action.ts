import "server-only";
import { getViewer } from "@/lib/auth/session";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { ActionResult } from "@/lib/actions/result";

export type FormState<T = unknown> = ActionResult<T> | null;

/** FormData as a plain object for zod; repeated keys become arrays. */
export function formToObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of formData) {
    if (key.startsWith("$ACTION")) continue;
    const text = typeof value === "string" ? value : "";
    object[key] = key in object ? [object[key], text].flat() : text;
  }
  return object;
}

/**
 * Binds a mutation to a form for `useActionState`: the viewer comes from the session, the input from the form.
 * `after` runs on success (revalidatePath, redirect) outside any try/catch so a redirect can propagate;
 * a string it returns is shown as the confirmation.
 */
export function formAction<T>(mutate: (viewer: Viewer | null, raw: unknown) => Promise<ActionResult<T>>, after?: (data: T) => string | void) {
  return async (_previous: FormState<T>, formData: FormData): Promise<FormState<T>> => {
    const result = await mutate(await getViewer(), formToObject(formData));
    if (!result.ok) return result;
    const message = after?.(result.data);
    return message ? { ...result, message } : result;
  };
}
