import { archivePostmortem } from "@/lib/actions/postmortems";
import { slugRoute } from "@/lib/api/slug-route";

export const POST = slugRoute(archivePostmortem);
