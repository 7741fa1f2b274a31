import { apiRoute } from "@/lib/api/api-route";
import { json, notFoundJson } from "@/lib/api/respond";
import { getExercise } from "@/lib/data/exercises";
import { exerciseRecord } from "@/lib/study/exercise-record";
import { viewerFromRequest } from "@/lib/auth/session";

/** A story's exercise before the reveal: no trigger, root cause, resolution or later timeline events. */
async function read(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const exercise = await getExercise(slug, await viewerFromRequest(request));
  if (!exercise) return notFoundJson(`Exercise "${slug.slice(0, 100)}"`);
  return json(exerciseRecord(exercise));
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ GET: read });
