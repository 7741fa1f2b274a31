import { retagPostmortem } from "@/lib/actions/postmortems";
import { slugRoute } from "@/lib/api/slug-route";

/** Replaces the tags and components: `{ "tags": [...], "components": [...] }`. */
export const PUT = slugRoute(retagPostmortem, { body: true });
