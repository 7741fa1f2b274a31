import "server-only";
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError, type ActionResult } from "@/lib/actions/result";

type Auth = "user" | "none";
type Run<S extends z.ZodType, T, A extends Auth> = (input: z.infer<S>, viewer: A extends "user" ? Viewer : Viewer | null) => Promise<T>;

/**
 * The one way to write: check the session, parse the input with zod, run, and turn refusals into
 * results with field errors. Server Actions and API route handlers both call mutations built with this.
 */
export function mutation<S extends z.ZodType, T, A extends Auth = "user">(options: { schema: S; auth?: A; run: Run<S, T, A> }) {
  return async (viewer: Viewer | null, raw: unknown): Promise<ActionResult<T>> => {
    if ((options.auth ?? "user") === "user" && !viewer) return { ok: false, status: 401, message: "Sign in to do that." };
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) {
      const errors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.map(String).join(".") || "form";
        (errors[key] ??= []).push(issue.message);
      }
      return { ok: false, status: 400, message: "Some fields need attention.", errors };
    }
    try {
      return { ok: true, data: await options.run(parsed.data, viewer as Viewer) };
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, status: error.status, message: error.message, ...error.extra };
      throw error;
    }
  };
}
