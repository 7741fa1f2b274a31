import { retagPostmortem } from "@/lib/actions/postmortems";
import { apiRoute } from "@/lib/api/api-route";
import { slugRoute } from "@/lib/api/slug-route";

/** Replaces the tags and components: `{ "tags": [...], "components": [...] }`. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ PUT: slugRoute(retagPostmortem, { body: true }) });
