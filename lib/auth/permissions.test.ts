import { describe, expect, it } from "vitest";
import {
  blockedBySecondReviewer,
  canArchive,
  canChangeVisibility,
  canCreateIn,
  canEdit,
  canManageTaxonomy,
  canManageTeam,
  canPublish,
  canPurge,
  canRead,
  canReadHistory,
  canRemoveMember,
  canRestore,
  canReview,
  canSendBack,
  canSubmit,
  canTag,
  canUnpublish,
  reviewScope,
} from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";

const viewer = (teams: Viewer["teams"] = [], isAdmin = false): Viewer => ({ id: 1, email: "v@example.test", name: "V", isAdmin, teams });
const A = { id: 10, slug: "a", name: "A" };
const roles = {
  anonymous: null,
  leadB: viewer([{ id: 20, slug: "b", name: "B", role: "lead" }]),
  memberA: viewer([{ ...A, role: "member" }]),
  leadA: viewer([{ ...A, role: "lead" }]),
  admin: viewer([], true),
};
type Role = keyof typeof roles;
const pm = (visibility: string, status = "published", archived = false) => ({
  kind: "team",
  teamId: 10,
  visibility,
  status,
  archivedAt: archived ? new Date() : null,
});
const curated = { kind: "curated", teamId: null, visibility: "public", status: "published", archivedAt: null };

describe("permissions", () => {
  it.each([
    ["anonymous", false, false],
    ["leadB", false, false],
    ["memberA", true, false],
    ["leadA", true, true],
    ["admin", true, true],
  ] as const)("%s reads the history of a public published postmortem: %s, purges: %s", (role, history, purge) => {
    expect(canReadHistory(roles[role], pm("public"))).toBe(history);
    expect(canPurge(roles[role], pm("public"))).toBe(purge);
    expect(canReadHistory(roles[role], curated)).toBe(false);
  });

  it("keeps an author from publishing their own postmortem only when the team asks for a second reviewer", () => {
    const author = roles.leadA;
    expect(blockedBySecondReviewer(author, { createdById: author.id, requireSecondReviewer: true })).toBe(true);
    expect(blockedBySecondReviewer(author, { createdById: author.id, requireSecondReviewer: false })).toBe(false);
    expect(blockedBySecondReviewer(author, { createdById: 99, requireSecondReviewer: true })).toBe(false);
    expect(blockedBySecondReviewer(roles.admin, { createdById: roles.admin.id, requireSecondReviewer: true })).toBe(true);
  });

  it.each([
    ["anonymous", false, false, true],
    ["leadB", false, false, true],
    ["memberA", true, true, true],
    ["leadA", true, true, true],
    ["admin", true, true, true],
  ] as const)("%s reads team-only: %s, public draft: %s, public published: %s", (role, teamOnly, publicDraft, published) => {
    expect(canRead(roles[role], pm("team"))).toBe(teamOnly);
    expect(canRead(roles[role], pm("public", "draft"))).toBe(publicDraft);
    expect(canRead(roles[role], pm("public", "in_review"))).toBe(publicDraft);
    expect(canRead(roles[role], pm("public"))).toBe(published);
  });

  it("shows archived postmortems only to the team's leads and admins", () => {
    expect(canRead(roles.memberA, pm("public", "published", true))).toBe(false);
    expect(canRead(roles.leadA, pm("public", "published", true))).toBe(true);
    expect(canRead(roles.admin, pm("team", "draft", true))).toBe(true);
  });

  it("lets members edit drafts, and only leads and admins archive, restore and change visibility", () => {
    for (const [role, member, manage] of [
      ["anonymous", false, false],
      ["leadB", false, false],
      ["memberA", true, false],
      ["leadA", true, true],
      ["admin", true, true],
    ] as const) {
      expect(canEdit(roles[role], pm("public", "draft")), `${role} edit draft`).toBe(member);
      expect(canEdit(roles[role], pm("public", "in_review")), `${role} edit in review`).toBe(manage);
      expect(canEdit(roles[role], pm("public")), `${role} edit published`).toBe(manage);
      expect(canArchive(roles[role], pm("public")), `${role} archive`).toBe(manage);
      expect(canRestore(roles[role], pm("public", "draft", true)), `${role} restore`).toBe(manage);
      expect(canChangeVisibility(roles[role], pm("team")), `${role} visibility`).toBe(manage);
      expect(canCreateIn(roles[role], 10), `${role} create`).toBe(member);
      expect(canManageTeam(roles[role], 10), `${role} manage team`).toBe(manage);
    }
  });

  it("lets members submit and only the team's leads and admins publish, send back and unpublish", () => {
    const table: [Role, boolean, boolean][] = [
      ["anonymous", false, false],
      ["leadB", false, false],
      ["memberA", true, false],
      ["leadA", true, true],
      ["admin", true, true],
    ];
    for (const [role, submit, review] of table) {
      expect(canSubmit(roles[role], pm("team", "draft")), `${role} submit`).toBe(submit);
      expect(canPublish(roles[role], pm("team", "in_review")), `${role} publish`).toBe(review);
      expect(canSendBack(roles[role], pm("team", "in_review")), `${role} send back`).toBe(review);
      expect(canUnpublish(roles[role], pm("team")), `${role} unpublish`).toBe(review);
      expect(canTag(roles[role], pm("team", "draft")), `${role} tag`).toBe(review);
    }
  });

  it("follows the states: nothing is submitted twice, sent back unless in review, or unpublished unless published", () => {
    expect(canSubmit(roles.memberA, pm("team", "in_review"))).toBe(false);
    expect(canSendBack(roles.leadA, pm("team", "draft"))).toBe(false);
    expect(canUnpublish(roles.leadA, pm("team", "in_review"))).toBe(false);
    expect(canPublish(roles.leadA, pm("team", "published"))).toBe(false);
    expect(canPublish(roles.leadA, pm("team", "in_review", true))).toBe(false);
  });

  it("lets only admins tag curated stories and manage the taxonomy", () => {
    expect(canTag(roles.admin, curated)).toBe(true);
    expect(canTag(roles.leadA, curated)).toBe(false);
    expect(canManageTaxonomy(roles.admin)).toBe(true);
    expect(canManageTaxonomy(roles.leadA)).toBe(false);
  });

  it("scopes review queues and audit entries to the teams a viewer leads", () => {
    expect(reviewScope(roles.admin)).toBe("all");
    expect(reviewScope(roles.leadA)).toEqual([10]);
    expect(reviewScope(roles.memberA)).toEqual([]);
    expect(canReview(roles.memberA)).toBe(false);
    expect(canReview(roles.leadB)).toBe(true);
  });

  it("never lets anyone edit curated stories or archived drafts through team rules", () => {
    expect(canEdit(roles.admin, curated)).toBe(false);
    expect(canEdit(roles.leadA, pm("team", "draft", true))).toBe(false);
    expect(canArchive(roles.leadA, pm("team", "draft", true))).toBe(false);
  });
});

describe("canRemoveMember", () => {
  it("lets leads remove members and leave themselves; only admins remove another lead", () => {
    const member = { id: 2, role: "member" };
    const otherLead = { id: 3, role: "lead" };
    const self = { id: 1, role: "lead" };
    expect([member, otherLead, self].map((m) => canRemoveMember(roles.leadA, A.id, m))).toEqual([true, false, true]);
    expect([member, otherLead].map((m) => canRemoveMember(viewer([], true), A.id, m))).toEqual([true, true]);
    expect([member, otherLead].map((m) => canRemoveMember(roles.memberA, A.id, m))).toEqual([false, false]);
    expect(canRemoveMember(roles.leadB, A.id, member)).toBe(false);
    expect(canRemoveMember(null, A.id, member)).toBe(false);
  });
});
