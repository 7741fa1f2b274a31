import "server-only";
import { db } from "@/lib/db";
import { getCards } from "@/lib/data/cards";
import { visiblePostmortems } from "@/lib/data/visibility";

/** Learning paths with their steps as postmortem cards, in reading order. */
export async function getLearningPaths() {
  const paths = await db.learningPath.findMany({
    orderBy: { position: "asc" },
    select: {
      slug: true,
      title: true,
      intro: true,
      steps: {
        where: { postmortem: visiblePostmortems(null) },
        orderBy: { position: "asc" },
        select: { why: true, postmortemId: true },
      },
    },
  });
  return Promise.all(
    paths.map(async (path) => {
      const cards = await getCards(path.steps.map((step) => step.postmortemId));
      return { ...path, steps: path.steps.map((step, i) => ({ why: step.why, postmortem: cards[i]! })) };
    }),
  );
}
