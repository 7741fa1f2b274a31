import { archivePostmortem } from "@/lib/actions/postmortems";
import { fromResult } from "@/lib/api/respond";
import { viewerFromRequest } from "@/lib/auth/session";

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return fromResult(await archivePostmortem(await viewerFromRequest(request), { slug: (await params).slug }));
}
