import { withdrawPostmortem } from "@/lib/actions/postmortems";
import { apiRoute } from "@/lib/api/api-route";
import { slugRoute } from "@/lib/api/slug-route";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ POST: slugRoute(withdrawPostmortem) });
