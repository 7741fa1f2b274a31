import "server-only";
import { DomainError, notFound } from "@/lib/actions/result";
import { enforce } from "@/lib/auth/rate-limits";
import type { Viewer } from "@/lib/auth/viewer-types";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/db-client";
import { recordAudit } from "@/lib/data/audit";
import { replaceChildren, type Tx } from "@/lib/data/postmortem-children";
import { uniqueSlug } from "@/lib/data/postmortem-writes";
import { visiblePostmortems } from "@/lib/data/visibility";
import { listedRow, listedSource } from "@/lib/k8saf/listed-row";
import { slugify } from "@/lib/text";
import { normaliseSourceUrl } from "@/lib/validation/source-url";
import type { SuggestionInput, SuggestionStatus } from "@/lib/validation/suggestion";

export const SUGGESTIONS_PAGE_SIZE = 20;

/**
 * Where a suggested link already is: a public story citing it (retold or listed), or a pending suggestion. Links
 * are compared by normalised URL (scheme, `www.`, trailing slash, fragment and tracking parameters ignored). Team-only
 * stories are not checked: saying one cites the link would tell an outsider what a team wrote.
 */
async function findDuplicate(tx: Tx, urlKey: string, exceptSuggestion?: number): Promise<string | null> {
  const source = await tx.source.findFirst({
    where: { urlKey, postmortem: visiblePostmortems(null) },
    select: { postmortem: { select: { slug: true, title: true, coverage: true } } },
  });
  if (source) {
    const { title, coverage } = source.postmortem;
    return `The atlas already has this story: “${title}” (${coverage === "listed" ? "listed" : "retold"}).`;
  }
  const pending = await tx.suggestion.findFirst({ where: { urlKey, status: "pending", id: exceptSuggestion ? { not: exceptSuggestion } : undefined }, select: { id: true } });
  return pending ? "Someone has already suggested this link; an admin will look at it soon." : null;
}

const duplicateError = (message: string) => new DomainError(409, message, { errors: { url: [message] } });

/** Files a suggestion, unless the link is already in the atlas or waiting; counts against the suggester's budget. */
export async function createSuggestion(viewer: Viewer, input: SuggestionInput) {
  const urlKey = normaliseSourceUrl(input.url)!;
  await enforce("suggest", `user:${viewer.id}`);
  return writeTransaction(db, async (tx) => {
    const duplicate = await findDuplicate(tx, urlKey);
    if (duplicate) throw duplicateError(duplicate);
    const created = await tx.suggestion.create({ data: { ...input, url: input.url.trim(), urlKey, createdById: viewer.id }, select: { id: true } });
    await recordAudit(tx, viewer, { action: "suggestion.create", entityType: "suggestion", entityLabel: urlKey.slice(0, 200), after: { id: created.id, url: input.url } });
    return { id: created.id };
  });
}

const listSelect = {
  id: true,
  url: true,
  title: true,
  organization: true,
  year: true,
  why: true,
  status: true,
  declineReason: true,
  decidedAt: true,
  createdAt: true,
  createdBy: { select: { name: true, email: true } },
  decidedBy: { select: { name: true } },
  postmortem: { select: { slug: true } },
} as const;

/** One page of suggestions in a state, oldest pending first (first come, first served), newest decided first. */
export async function listSuggestions(status: SuggestionStatus, page: number) {
  const where = { status };
  const [total, rows] = await Promise.all([
    db.suggestion.count({ where }),
    db.suggestion.findMany({
      where,
      orderBy: status === "pending" ? [{ createdAt: "asc" }, { id: "asc" }] : [{ decidedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * SUGGESTIONS_PAGE_SIZE,
      take: SUGGESTIONS_PAGE_SIZE,
      select: listSelect,
    }),
  ]);
  return { total, rows };
}

/** The viewer's own suggestions, newest first, with their outcome. */
export async function mySuggestions(viewer: Viewer, page: number) {
  const where = { createdById: viewer.id };
  const [total, rows] = await Promise.all([
    db.suggestion.count({ where }),
    db.suggestion.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * SUGGESTIONS_PAGE_SIZE, take: SUGGESTIONS_PAGE_SIZE, select: listSelect }),
  ]);
  return { total, rows };
}

async function pendingSuggestion(tx: Tx, id: number) {
  const suggestion = await tx.suggestion.findUnique({ where: { id } });
  if (!suggestion) throw notFound("That suggestion does not exist.");
  if (suggestion.status !== "pending") throw new DomainError(409, `That suggestion was already ${suggestion.status}.`);
  return suggestion;
}

/**
 * Accepting makes the suggestion a listed entry: public, team-less, app-owned (the content sync leaves it alone),
 * with the suggester's title, organisation, year and link and nothing else. It is refused if a story citing the
 * link appeared meanwhile.
 */
export async function acceptSuggestion(viewer: Viewer, id: number) {
  return writeTransaction(db, async (tx) => {
    const s = await pendingSuggestion(tx, id);
    const duplicate = await findDuplicate(tx, s.urlKey, s.id);
    if (duplicate) throw duplicateError(duplicate);
    const facts = { title: s.title, organization: s.organization, published: String(s.year), url: s.url, format: "", impact: "", involved: [], severity: "", tierRule: null, platform: "" };
    const slug = await uniqueSlug(tx, `suggested-${slugify(`${s.organization} ${s.year} ${s.title}`, 60)}`);
    const pm = await tx.postmortem.create({ data: { slug, ...listedRow(facts), origin: "app" }, select: { id: true } });
    await replaceChildren(tx, pm.id, { tags: [], components: [], lessons: [], timeline: [], actionItems: [], sources: [listedSource(facts)] });
    await tx.suggestion.update({ where: { id }, data: { status: "accepted", decidedById: viewer.id, decidedAt: new Date(), postmortemId: pm.id } });
    await recordAudit(tx, viewer, { action: "suggestion.accept", entityType: "suggestion", entityLabel: slug, postmortemId: pm.id, before: { status: "pending" }, after: { status: "accepted", slug } });
    return { slug };
  });
}

export async function declineSuggestion(viewer: Viewer, id: number, reason: string) {
  return writeTransaction(db, async (tx) => {
    const s = await pendingSuggestion(tx, id);
    await tx.suggestion.update({ where: { id }, data: { status: "declined", declineReason: reason, decidedById: viewer.id, decidedAt: new Date() } });
    await recordAudit(tx, viewer, { action: "suggestion.decline", entityType: "suggestion", entityLabel: s.urlKey.slice(0, 200), before: { status: "pending" }, after: { status: "declined", reason } });
    return { id };
  });
}
