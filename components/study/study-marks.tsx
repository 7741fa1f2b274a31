import { LocalStudyMarks } from "@/components/study/local-study-marks";
import { StudyMarkForm } from "@/components/study/study-mark-form";
import type { Viewer } from "@/lib/auth/viewer-types";
import { getStudyMarks } from "@/lib/data/study";
import type { StudyItemKind } from "@/lib/validation/study";

type Item = { kind: StudyItemKind; slug: string; title: string };

/** "Mark as studied" and "Bookmark": in the account when signed in, in this browser otherwise. */
export async function StudyMarks({ viewer, item }: { viewer: Viewer | null; item: Item }) {
  if (!viewer) return <LocalStudyMarks item={item} />;
  const mark = (await getStudyMarks(viewer, [item])).get(`${item.kind}:${item.slug}`);
  return <StudyMarkForm item={item} studied={Boolean(mark?.studied)} bookmarked={Boolean(mark?.bookmarked)} />;
}
