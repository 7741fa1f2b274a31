import "server-only";
import { mutation } from "@/lib/actions/mutation";
import { importPostmortems } from "@/lib/data/imports";
import { importRequest } from "@/lib/validation/imports";

/** Imports postmortems into a team as drafts (or previews them): POST /api/v1/imports. */
export const importMutation = mutation({ schema: importRequest, run: (input, viewer) => importPostmortems(viewer, input) });
