import { writeTransaction, type Db } from "@/lib/db-client";
import { compileMdx } from "@/lib/content/compile";
import { loadContent, type LoadedPostmortem } from "@/lib/content/load";
import { ContentError, type ContentProblem } from "@/lib/content/errors";
import { writeChecklist } from "@/lib/content/sync-checklists";
import { syncTechniques } from "@/lib/content/sync-techniques";
import { followTagRedirects } from "@/lib/content/tag-redirects";
import { replaceChildren, type Tx } from "@/lib/data/postmortem-children";
import { storeSynonyms } from "@/lib/validation/taxonomy";
import { createHash } from "node:crypto";
import { involvedMatcher } from "@/lib/k8saf/mapping";
import { listedRow, listedSource } from "@/lib/k8saf/listed-row";
import { normaliseSourceUrl } from "@/lib/validation/source-url";
import type { LoadedListed } from "@/lib/content/load";

export type SyncReport = { created: string[]; updated: string[]; unchanged: number; removed: string[]; checklists: { written: string[]; removed: string[] } };

type Compiled = LoadedPostmortem & { html: string; text: string };

async function compileAll<T extends { file: string; body: string }>(files: T[], problems: ContentProblem[]) {
  const out: (T & { html: string; text: string })[] = [];
  for (const f of files) {
    try {
      out.push({ ...f, ...(await compileMdx(f.file, f.body)) });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  return out;
}

async function collectProblems<T>(run: (problems: ContentProblem[]) => Promise<T>): Promise<T> {
  const problems: ContentProblem[] = [];
  const result = await run(problems);
  if (problems.length) throw new ContentError(problems);
  return result;
}

/**
 * Content seeds the taxonomy; the app may then own parts of it. Entries an admin created or edited
 * (`origin: "app"`) and slugs that were renamed or merged away (a TagRedirect) are left alone here.
 * See docs/decisions/0003-taxonomy-overrides.md.
 */
async function syncTaxonomy(tx: Tx, content: ReturnType<typeof loadContent>) {
  const slugs = (rows: { slug: string }[]) => new Set(rows.map((r) => r.slug));
  const ownedCategories = slugs(await tx.category.findMany({ where: { origin: "app" }, select: { slug: true } }));
  for (const [position, c] of content.categories.entries()) {
    if (ownedCategories.has(c.slug)) continue;
    const data = { name: c.name, description: c.description, position };
    await tx.category.upsert({ where: { slug: c.slug }, create: { slug: c.slug, ...data }, update: data });
  }
  const categoryIds = new Map((await tx.category.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]));
  const ownedTags = slugs(await tx.tag.findMany({ where: { origin: "app" }, select: { slug: true } }));
  const redirected = new Set((await tx.tagRedirect.findMany({ select: { fromSlug: true } })).map((r) => r.fromSlug));
  for (const t of content.tags) {
    if (ownedTags.has(t.slug) || redirected.has(t.slug)) continue;
    const data = {
      name: t.name,
      description: t.description,
      synonyms: storeSynonyms(t.synonyms),
      categoryId: categoryIds.get(t.category)!,
    };
    await tx.tag.upsert({ where: { slug: t.slug }, create: { slug: t.slug, ...data }, update: data });
  }
  for (const c of content.components) {
    const data = { name: c.name, description: c.description };
    await tx.component.upsert({ where: { slug: c.slug }, create: { slug: c.slug, ...data }, update: data });
  }
}

// Content-owned taxonomy entries removed from content go, unless something a team filed still uses them.
async function pruneTaxonomy(tx: Tx, content: ReturnType<typeof loadContent>) {
  const usedByTeams = { some: { postmortem: { kind: "team" } } };
  await tx.tag.deleteMany({ where: { origin: "content", slug: { notIn: content.tags.map((t) => t.slug) }, NOT: { postmortems: usedByTeams } } });
  await tx.component.deleteMany({
    where: { slug: { notIn: content.components.map((c) => c.slug) }, NOT: { postmortems: usedByTeams } },
  });
  await tx.category.deleteMany({ where: { origin: "content", slug: { notIn: content.categories.map((c) => c.slug) }, tags: { none: {} } } });
}

/** A curated story's tags: its frontmatter (old slugs followed to their new tag) plus an admin's overrides. */
async function curatedTaxonomy(tx: Tx, postmortemId: number, tags: string[], components: string[]) {
  const resolved = new Set(await followTagRedirects(tx, tags));
  const chosen = new Set(components);
  for (const o of await tx.tagOverride.findMany({ where: { postmortemId }, select: { op: true, tag: { select: { slug: true } } } })) {
    if (o.op === "add") resolved.add(o.tag.slug);
    else resolved.delete(o.tag.slug);
  }
  for (const o of await tx.componentOverride.findMany({ where: { postmortemId }, select: { op: true, component: { select: { slug: true } } } })) {
    if (o.op === "add") chosen.add(o.component.slug);
    else chosen.delete(o.component.slug);
  }
  return { tags: [...resolved], components: [...chosen] };
}

async function writePostmortem(tx: Tx, pm: Compiled) {
  const f = pm.frontmatter;
  const fields = {
    kind: "curated",
    coverage: "retold",
    retoldAs: null,
    status: "published",
    visibility: "public",
    title: f.title,
    organization: f.organization,
    severity: f.severity,
    incidentDate: f.incidentDate,
    datePrecision: f.datePrecision,
    dateNote: f.dateNote ?? null,
    durationMinutes: f.durationMinutes,
    durationApproximate: f.durationApproximate,
    durationNote: f.durationNote ?? null,
    platform: f.platform,
    environment: f.environment,
    summary: f.summary,
    impact: f.impact,
    trigger: f.trigger,
    rootCause: f.rootCause,
    detection: f.detection,
    resolution: f.resolution,
    caveats: JSON.stringify(f.caveats),
    body: pm.html,
    bodyText: pm.text,
    contentHash: pm.hash,
    exercise: f.exercise ? JSON.stringify(f.exercise) : null,
  };
  const { id } = await tx.postmortem.upsert({
    where: { slug: pm.slug },
    create: { slug: pm.slug, ...fields },
    update: fields,
    select: { id: true },
  });
  await replaceChildren(tx, id, {
    ...(await curatedTaxonomy(tx, id, f.tags, f.components)),
    lessons: f.lessons,
    timeline: f.timeline.map((e) => ({ at: e.at, time: e.time ?? null, description: e.description, marker: e.marker ?? null })),
    actionItems: f.actionItems.map((a) => ({
      type: a.type,
      description: a.description,
      owner: a.owner ?? null,
      status: a.status,
      dueDate: a.dueDate ?? null,
      link: a.link ?? null,
    })),
    sources: f.sources,
  });
}

type ResolvedListed = LoadedListed & { tags: string[]; components: string[]; platform: string; retoldAs: string | null; resolvedHash: string };

/**
 * What a listed file becomes in the database depends on more than the file: the mapping and taxonomy give its
 * tags, components and platform, and a retold story citing the same link supersedes it (matched here, at sync,
 * so the generated files never depend on which stories are retold). The hash covers all of it.
 */
function resolveListed(content: ReturnType<typeof loadContent>): ResolvedListed[] {
  const match = involvedMatcher(content.mapping, content);
  const retoldBySource = new Map<string, string>();
  for (const pm of content.postmortems) {
    for (const source of pm.frontmatter.sources) {
      const key = normaliseSourceUrl(source.url);
      if (key && !retoldBySource.has(key)) retoldBySource.set(key, pm.slug);
    }
  }
  return content.listed.map((listed) => {
    const { tags, components, platform } = match(listed.entry.involved);
    const retoldAs = retoldBySource.get(normaliseSourceUrl(listed.entry.url) ?? "") ?? null;
    const derived = JSON.stringify({ tags, components, platform, retoldAs });
    const resolvedHash = createHash("sha256").update("listed-1").update(listed.hash).update(derived).digest("hex");
    return { ...listed, tags, components, platform: platform ?? "", retoldAs, resolvedHash };
  });
}

async function writeListed(tx: Tx, listed: ResolvedListed) {
  const e = listed.entry;
  const facts = { ...e, severity: e.severity ?? "", tierRule: e.tierRule, platform: listed.platform };
  const fields = { ...listedRow(facts), origin: "content", retoldAs: listed.retoldAs, contentHash: listed.resolvedHash };
  const { id } = await tx.postmortem.upsert({ where: { slug: listed.slug }, create: { slug: listed.slug, ...fields }, update: fields, select: { id: true } });
  await replaceChildren(tx, id, {
    ...(await curatedTaxonomy(tx, id, listed.tags, listed.components)),
    lessons: [],
    timeline: [],
    actionItems: [],
    sources: [listedSource(e)],
  });
}

// Sources saved before they had a key (team postmortems, unchanged stories) get one; afterwards this finds none.
async function backfillSourceKeys(tx: Tx) {
  for (const source of await tx.source.findMany({ where: { urlKey: "" }, select: { id: true, url: true } })) {
    const urlKey = normaliseSourceUrl(source.url);
    if (urlKey) await tx.source.update({ where: { id: source.id }, data: { urlKey } });
  }
}

// Tracks are small and reference stories and techniques by id, so they are rebuilt on every sync. Story and
// technique steps share one position sequence.
async function syncLearningPaths(tx: Tx, content: ReturnType<typeof loadContent>) {
  await tx.learningPath.deleteMany({});
  const ids = new Map((await tx.postmortem.findMany({ where: { kind: "curated" }, select: { id: true, slug: true } })).map((p) => [p.slug, p.id]));
  const techniqueIds = new Map((await tx.technique.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
  for (const [position, path] of content.paths.entries()) {
    const steps = path.steps.map((step, i) => ({ ...step, position: i }));
    await tx.learningPath.create({
      data: {
        slug: path.slug,
        title: path.title,
        level: path.level,
        intro: path.intro,
        position,
        steps: { create: steps.flatMap((s) => (s.postmortem ? [{ position: s.position, why: s.why, postmortemId: ids.get(s.postmortem)! }] : [])) },
        techniques: { create: steps.flatMap((s) => (s.technique ? [{ position: s.position, why: s.why, techniqueId: techniqueIds.get(s.technique)! }] : [])) },
      },
    });
  }
}

/**
 * Makes the database match content/: creates and updates curated stories whose file changed,
 * removes curated stories whose file is gone, and never touches what teams filed.
 * Nothing is written unless every file validates and compiles.
 */
export async function syncContent(db: Db, dir?: string): Promise<SyncReport> {
  const content = loadContent(dir);
  const existing = await db.postmortem.findMany({ select: { slug: true, kind: true, origin: true, contentHash: true } });
  const bySlug = new Map(existing.map((pm) => [pm.slug, pm]));

  // Slugs a team postmortem or an accepted suggestion holds are not the content's to overwrite.
  const ownedElsewhere = (slug: string) => {
    const pm = bySlug.get(slug);
    return pm ? pm.kind === "team" || pm.origin !== "content" : false;
  };
  const clashes = [...content.postmortems, ...content.listed].filter((pm) => ownedElsewhere(pm.slug));
  if (clashes.length) {
    throw new ContentError(clashes.map((pm) => ({ file: pm.file, field: "(file name)", message: `slug "${pm.slug}" is taken by a postmortem filed in the app` })));
  }

  const changed = content.postmortems.filter((pm) => bySlug.get(pm.slug)?.contentHash !== pm.hash);
  const listed = resolveListed(content);
  const changedListed = listed.filter((l) => bySlug.get(l.slug)?.contentHash !== l.resolvedHash);
  const checklistHashes = new Map((await db.checklist.findMany({ select: { slug: true, contentHash: true } })).map((c) => [c.slug, c.contentHash]));
  const changedChecklists = content.checklists.filter((c) => checklistHashes.get(c.slug) !== c.hash);
  // Compile everything that changed before writing anything, and report every broken file at once.
  const [compiled, compiledChecklists] = await collectProblems(async (problems) => [await compileAll(changed, problems), await compileAll(changedChecklists, problems)] as const);

  const keep = new Set([...content.postmortems, ...content.listed].map((pm) => pm.slug));
  const removed = existing.filter((pm) => pm.kind === "curated" && pm.origin === "content" && !keep.has(pm.slug)).map((pm) => pm.slug);

  await writeTransaction(db, async (tx) => {
    await syncTaxonomy(tx, content);
    for (const pm of compiled) await writePostmortem(tx, pm);
    for (const l of changedListed) await writeListed(tx, l);
    await tx.postmortem.deleteMany({ where: { kind: "curated", slug: { in: removed } } });
    for (const checklist of compiledChecklists) await writeChecklist(tx, checklist);
    await tx.checklist.deleteMany({ where: { slug: { notIn: content.checklists.map((c) => c.slug) } } });
    await pruneTaxonomy(tx, content);
    await syncTechniques(tx, content);
    await syncLearningPaths(tx, content);
    await backfillSourceKeys(tx);
  });

  const written = [...compiled, ...changedListed];
  return {
    created: written.filter((pm) => !bySlug.has(pm.slug)).map((pm) => pm.slug),
    updated: written.filter((pm) => bySlug.has(pm.slug)).map((pm) => pm.slug),
    unchanged: content.postmortems.length + listed.length - written.length,
    removed,
    checklists: { written: compiledChecklists.map((c) => c.slug), removed: [...checklistHashes.keys()].filter((slug) => !content.checklists.some((c) => c.slug === slug)) },
  };
}
