import { STACK_QUESTIONS, type StackOption } from "@/lib/exposure/questions";

export type Stack = { chosen: { question: string; option: StackOption }[]; platform?: string; components: Set<string>; tags: Set<string> };
export type StoryFacts = { slug: string; platform: string; tags: string[]; components: string[] };
export type MatchReason = { kind: "platform" | "component" | "tag"; value: string };
export type StoryMatch = { slug: string; score: number; reasons: MatchReason[] };
export type ItemFacts = { key: string; checklist: string; tags: string[]; postmortems: string[] };

export const STACK_WEIGHTS = { platform: 3, component: 2, tag: 1 } as const;
const WEIGHT = STACK_WEIGHTS;

/** Reads the form's query parameters; unknown values are dropped and reported by parameter name. */
export function parseStack(params: Record<string, string | string[] | undefined>): { stack: Stack; unknown: string[] } {
  const stack: Stack = { chosen: [], components: new Set(), tags: new Set() };
  const unknown: string[] = [];
  for (const question of STACK_QUESTIONS) {
    const values = [params[question.key] ?? []].flat().slice(0, question.single ? 1 : 10);
    for (const value of values) {
      const option = question.options.find((o) => o.value === value);
      if (!option) {
        unknown.push(question.key);
        continue;
      }
      stack.chosen.push({ question: question.key, option });
      if (option.platform) stack.platform = option.platform;
      option.components?.forEach((c) => stack.components.add(c));
      option.tags?.forEach((t) => stack.tags.add(t));
    }
  }
  return { stack, unknown: [...new Set(unknown)] };
}

/** Stories ranked by how much of the stack they share: platform 3, each component 2, each tag 1. */
export function matchStories(stack: Stack, stories: StoryFacts[]): StoryMatch[] {
  return stories
    .map((story) => {
      const reasons: MatchReason[] = [];
      let score = 0;
      if (stack.platform && story.platform === stack.platform) {
        score += WEIGHT.platform;
        reasons.push({ kind: "platform", value: story.platform });
      }
      for (const c of story.components.filter((c) => stack.components.has(c))) {
        score += WEIGHT.component;
        reasons.push({ kind: "component", value: c });
      }
      for (const t of story.tags.filter((t) => stack.tags.has(t))) {
        score += WEIGHT.tag;
        reasons.push({ kind: "tag", value: t });
      }
      return { slug: story.slug, score, reasons };
    })
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
}

/** Checklist items that guard against the matched stories (the scores of the stories they cite) or the stack's tags. */
export function matchItems(stack: Stack, stories: StoryMatch[], items: ItemFacts[]) {
  const scores = new Map(stories.map((s) => [s.slug, s.score]));
  return items
    .map((item) => {
      const guards = item.postmortems.filter((slug) => scores.has(slug));
      const score = guards.reduce((sum, slug) => sum + scores.get(slug)!, 0) + item.tags.filter((t) => stack.tags.has(t)).length;
      return { key: item.key, checklist: item.checklist, score, guards };
    })
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
}
