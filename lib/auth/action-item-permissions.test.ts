import { describe, expect, it } from "vitest";
import { actionItemRights } from "@/lib/auth/action-item-permissions";
import type { PostmortemAccess } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";

const viewer = (id: number, role?: "member" | "lead", isAdmin = false): Viewer => ({
  id,
  email: `u${id}@example.test`,
  name: `U${id}`,
  isAdmin,
  teams: role ? [{ id: 1, slug: "ops", name: "Ops", role }] : [],
});
const pm = (over: Partial<PostmortemAccess> = {}): PostmortemAccess => ({
  kind: "team",
  teamId: 1,
  visibility: "team",
  status: "published",
  archivedAt: null,
  ...over,
});
const owned = { ownerId: 7 };

describe("action item rights", () => {
  it("lets the owner in the team change status and due date on a published postmortem, but not reassign", () => {
    expect(actionItemRights(viewer(7, "member"), pm(), owned)).toEqual({ change: true, reassign: false });
  });

  it("lets leads and admins change and reassign at any status", () => {
    for (const status of ["draft", "in_review", "published"]) {
      expect(actionItemRights(viewer(2, "lead"), pm({ status }), owned)).toEqual({ change: true, reassign: true });
      expect(actionItemRights(viewer(3, undefined, true), pm({ status }), owned)).toEqual({ change: true, reassign: true });
    }
  });

  it("lets members change anything on drafts (they may edit them) but nothing of someone else's once published", () => {
    expect(actionItemRights(viewer(4, "member"), pm({ status: "draft" }), owned)).toEqual({ change: true, reassign: true });
    expect(actionItemRights(viewer(4, "member"), pm({ status: "published" }), owned)).toEqual({ change: false, reassign: false });
    expect(actionItemRights(viewer(4, "member"), pm({ status: "in_review" }), owned)).toEqual({ change: false, reassign: false });
  });

  it("refuses an owner who left the team, outsiders, anonymous readers, curated stories and archived postmortems", () => {
    const none = { change: false, reassign: false };
    expect(actionItemRights(viewer(7), pm({ visibility: "public" }), owned)).toEqual(none);
    expect(actionItemRights(viewer(8), pm({ visibility: "public" }), owned)).toEqual(none);
    expect(actionItemRights(null, pm({ visibility: "public" }), owned)).toEqual(none);
    expect(actionItemRights(viewer(3, undefined, true), pm({ kind: "curated", teamId: null }), owned)).toEqual(none);
    expect(actionItemRights(viewer(2, "lead"), pm({ archivedAt: new Date() }), owned)).toEqual(none);
    expect(actionItemRights(viewer(7, "member"), pm({ archivedAt: new Date() }), owned)).toEqual(none);
  });

  it("treats an item without a user owner as nobody's", () => {
    expect(actionItemRights(viewer(7, "member"), pm(), { ownerId: null })).toEqual({ change: false, reassign: false });
  });
});
