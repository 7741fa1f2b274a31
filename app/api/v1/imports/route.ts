import { importMutation } from "@/lib/actions/imports";
import { apiRoute } from "@/lib/api/api-route";
import { json } from "@/lib/api/respond";
import { writeRoute } from "@/lib/api/write-route";
import type { ImportResponse } from "@/lib/validation/imports";

// `201` when drafts were written, `200` for a preview or when nothing could be written; see README "Import".
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  POST: writeRoute<Record<string, string>, ImportResponse>(importMutation, {
    body: true,
    respond: (data) => json(data, data.written > 0 ? 201 : 200),
  }),
});
