import { describe, expect, it } from "vitest";
import { canArchive, canChangeVisibility, canCreateIn, canEdit, canManageTeam, canRead, canRestore } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";

const viewer = (teams: Viewer["teams"] = [], isAdmin = false): Viewer => ({ id: 1, email: "v@example.test", name: "V", isAdmin, teams });
const A = { id: 10, slug: "a", name: "A" };
const roles = {
  anonymous: null,
  memberB: viewer([{ id: 20, slug: "b", name: "B", role: "lead" }]),
  memberA: viewer([{ ...A, role: "member" }]),
  leadA: viewer([{ ...A, role: "lead" }]),
  admin: viewer([], true),
};
const pm = (visibility: string, archived = false) => ({ kind: "team", teamId: 10, visibility, archivedAt: archived ? new Date() : null });

describe("permissions", () => {
  it.each([
    ["anonymous", false, true],
    ["memberB", false, true],
    ["memberA", true, true],
    ["leadA", true, true],
    ["admin", true, true],
  ] as const)("%s reads team-only: %s, public: %s", (role, teamOnly, pub) => {
    expect(canRead(roles[role], pm("team"))).toBe(teamOnly);
    expect(canRead(roles[role], pm("public"))).toBe(pub);
  });

  it("shows archived postmortems only to the team's leads and admins", () => {
    expect(canRead(roles.memberA, pm("public", true))).toBe(false);
    expect(canRead(roles.leadA, pm("public", true))).toBe(true);
    expect(canRead(roles.admin, pm("team", true))).toBe(true);
  });

  it("lets members edit, and only leads and admins archive, restore and change visibility", () => {
    for (const [role, edit, manage] of [
      ["anonymous", false, false],
      ["memberB", false, false],
      ["memberA", true, false],
      ["leadA", true, true],
      ["admin", true, true],
    ] as const) {
      expect(canEdit(roles[role], pm("public")), `${role} edit`).toBe(edit);
      expect(canArchive(roles[role], pm("public")), `${role} archive`).toBe(manage);
      expect(canRestore(roles[role], pm("public", true)), `${role} restore`).toBe(manage);
      expect(canChangeVisibility(roles[role], pm("team")), `${role} visibility`).toBe(manage);
      expect(canCreateIn(roles[role], 10), `${role} create`).toBe(edit);
      expect(canManageTeam(roles[role], 10), `${role} manage team`).toBe(manage);
    }
  });

  it("never lets anyone edit curated stories or archived drafts through team rules", () => {
    expect(canEdit(roles.admin, { kind: "curated", teamId: null, visibility: "public", archivedAt: null })).toBe(false);
    expect(canEdit(roles.leadA, pm("team", true))).toBe(false);
    expect(canArchive(roles.leadA, pm("team", true))).toBe(false);
  });
});
