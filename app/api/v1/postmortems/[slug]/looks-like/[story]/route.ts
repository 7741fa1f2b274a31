import { linkStoryMutation, unlinkStoryMutation } from "@/lib/actions/looks-like";
import { apiRoute } from "@/lib/api/api-route";
import { writeRoute } from "@/lib/api/write-route";

type Params = { slug: string; story: string };
const fromPath = ({ slug, story }: Params) => ({ slug, story });

/** Links (PUT) or unlinks (DELETE) a public story the team postmortem looks like: `200 {"slug","story","linked"}`. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  PUT: writeRoute<Params>(linkStoryMutation, { fromPath }),
  DELETE: writeRoute<Params>(unlinkStoryMutation, { fromPath }),
});
