import "server-only";
import type { ActionResult } from "@/lib/actions/result";
import { writeRoute } from "@/lib/api/write-route";
import type { Viewer } from "@/lib/auth/viewer-types";

type Mutate<T> = (viewer: Viewer | null, raw: unknown) => Promise<ActionResult<T>>;

/** A write to `/api/v1/postmortems/{slug}/…`: the slug always comes from the path; with `body`, the JSON object's fields too. */
export const slugRoute = <T>(mutate: Mutate<T>, options: { body?: boolean; respond?: (data: T) => Response } = {}) =>
  writeRoute<{ slug: string }, T>(mutate, { ...options, fromPath: ({ slug }) => ({ slug }) });
