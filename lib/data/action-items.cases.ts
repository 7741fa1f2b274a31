import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { DatabaseProvider } from "@/lib/database-url";
import { actionItemFilters } from "@/lib/validation/action-items";
import { postmortemFields } from "@/lib/validation/postmortem";
import { createTempDatabase, type TempDatabase } from "@/test/temp-db";

const now = new Date("2026-11-22T12:00:00Z");
const team = (id: number, role: "member" | "lead") => [{ id, slug: id === 1 ? "ops" : "web", name: id === 1 ? "Ops" : "Web", role }];

export const actionItemsSuite = (provider: DatabaseProvider) =>
  describe(`action items (${provider})`, () => {
    let temp: TempDatabase;
    let writes: typeof import("@/lib/data/postmortem-writes");
    let items: typeof import("@/lib/data/action-items");
    let events: typeof import("@/lib/data/action-item-events");
    const lead: Viewer = { id: 1, email: "lead@example.test", name: "Lea Lead", isAdmin: false, teams: team(1, "lead") };
    const owner: Viewer = { id: 2, email: "owner@example.test", name: "Olu Owner", isAdmin: false, teams: team(1, "member") };
    const member: Viewer = { id: 3, email: "member@example.test", name: "Mo Member", isAdmin: false, teams: team(1, "member") };
    const outsider: Viewer = { id: 4, email: "out@example.test", name: "Out", isAdmin: false, teams: team(2, "lead") };
    let slug = "";

    const idsOf = async () => (await temp.raw.all<{ id: number }>(`SELECT "id" AS id FROM "ActionItem" ORDER BY "position"`)).map((r) => Number(r.id));
    const filters = (raw: Record<string, string> = {}) => actionItemFilters.parse(raw);

    beforeAll(async () => {
      temp = await createTempDatabase(provider);
      for (const v of [lead, owner, member, outsider]) await temp.raw.exec(`INSERT INTO "User" ("id", "email", "name") VALUES (${v.id}, '${v.email}', '${v.name}')`);
      await temp.raw.exec(`INSERT INTO "Team" ("id", "slug", "name") VALUES (1, 'ops', 'Ops'), (2, 'web', 'Web')`);
      await temp.raw.exec(`INSERT INTO "Membership" ("userId", "teamId", "role") VALUES (1, 1, 'lead'), (2, 1, 'member'), (3, 1, 'member'), (4, 2, 'lead')`);
      process.env.DATABASE_URL = temp.url;
      writes = await import("@/lib/data/postmortem-writes");
      items = await import("@/lib/data/action-items");
      events = await import("@/lib/data/action-item-events");
      const fields = postmortemFields.parse({
        title: "CoreDNS fell over",
        incidentDate: "2026-11-01",
        actionItems: [
          { type: "prevent", description: "Scale CoreDNS", ownerId: 2, owner: "typed by hand", dueDate: "2026-11-20" },
          { type: "detect", description: "Alert on SERVFAIL", owner: "SRE guild", dueDate: "2026-12-01" },
          { type: "process", description: "Runbook", ownerId: 2 },
        ],
      });
      slug = (await writes.createTeamPostmortem(lead, { ...fields, teamId: 1 })).slug;
      await temp.raw.exec(`UPDATE "Postmortem" SET "status" = 'published' WHERE "slug" = '${slug}'`);
    });
    afterAll(() => temp.cleanup());

    it("stores a team user as owner under their own name, and refuses owners outside the team", async () => {
      const stored = await temp.raw.all<{ owner: string; ownerId: number | null }>(`SELECT "owner" AS owner, "ownerId" AS "ownerId" FROM "ActionItem" ORDER BY "position"`);
      expect(stored.map((r) => [r.owner, r.ownerId === null ? null : Number(r.ownerId)])).toEqual([
        ["Olu Owner", 2],
        ["SRE guild", null],
        ["Olu Owner", 2],
      ]);
      const pm = await writes.getEditable(lead, slug);
      const result = await writes.updateTeamPostmortem(lead, {
        slug,
        baseVersion: pm!.version,
        actionItems: pm!.fields.actionItems.map((item, i) => (i === 1 ? { ...item, ownerId: outsider.id } : item)),
      });
      expect(result.errors["actionItems.1.ownerId"]).toEqual(["Choose someone in the team."]);
      expect(result.changed).toEqual([]);
    });

    it("lists the viewer's own items by default, soonest due first, with overdue marked, paged in SQL", async () => {
      const mine = await items.listActionItems(owner, filters(), now);
      expect(mine.total).toBe(2);
      expect(mine.items.map((i) => [i.description, i.overdue, i.rights])).toEqual([
        ["Scale CoreDNS", true, { change: true, reassign: false }],
        ["Runbook", false, { change: true, reassign: false }],
      ]);
      const anyone = await items.listActionItems(lead, filters({ owner: "anyone", pageSize: "2", page: "2" }), now);
      expect([anyone.total, anyone.items.map((i) => i.description)]).toEqual([3, ["Runbook"]]);
      expect((await items.listActionItems(lead, filters({ owner: "anyone", overdue: "1" }), now)).items.map((i) => i.description)).toEqual(["Scale CoreDNS"]);
      expect((await items.listActionItems(lead, filters({ owner: "unassigned", type: "detect" }), now)).total).toBe(1);
      expect((await items.listActionItems(lead, filters({ owner: "anyone", team: "web" }), now)).total).toBe(0);
      expect((await items.listActionItems(lead, filters({ owner: "anyone", postmortem: slug, status: "done" }), now)).total).toBe(0);
      // Another team's backlog is never reachable, whatever the filters say.
      expect((await items.listActionItems(outsider, filters({ owner: "anyone", postmortem: slug }), now)).total).toBe(0);
    });

    it("lets the owner close an item on a published postmortem: new versions, a revision and an audit entry", async () => {
      const [item] = (await items.listActionItems(owner, filters(), now)).items;
      const pmBefore = await writes.getEditable(lead, slug);
      const revisionsBefore = Number((await temp.raw.all<{ n: number }>(`SELECT count(*) AS n FROM "Revision"`))[0]!.n);
      const saved = await items.updateActionItem(owner, { id: item!.id, baseVersion: item!.version, status: "done", dueDate: "2026-11-30" }, now);
      expect(saved).toMatchObject({ status: "done", dueDate: "2026-11-30", version: item!.version + 1, overdue: false });
      const pmAfter = await writes.getEditable(lead, slug);
      expect(pmAfter!.version).toBe(pmBefore!.version + 1);
      expect(pmAfter!.status).toBe("published");
      expect(pmAfter!.fields.actionItems[0]).toMatchObject({ status: "done", dueDate: "2026-11-30" });
      expect(Number((await temp.raw.all<{ n: number }>(`SELECT count(*) AS n FROM "Revision"`))[0]!.n)).toBe(revisionsBefore + 1);
      const audit = await temp.raw.all<{ before: string; after: string }>(`SELECT "before" AS before, "after" AS after FROM "AuditEntry" WHERE "action" = 'action-item.update'`);
      expect(audit.map((a) => [JSON.parse(a.before), JSON.parse(a.after)])).toEqual([
        [
          { status: "open", dueDate: "2026-11-20" },
          { status: "done", dueDate: "2026-11-30" },
        ],
      ]);
      // The same version again is stale: a conflict carrying the current item, nothing written.
      await expect(items.updateActionItem(owner, { id: item!.id, baseVersion: item!.version, status: "open" }, now)).rejects.toMatchObject({
        status: 409,
        extra: { conflict: { status: "done", version: item!.version + 1 } },
      });
    });

    it("refuses reassigning by the owner, changes by other members once published, and hides items from outsiders", async () => {
      const [item] = (await items.listActionItems(owner, filters(), now)).items;
      await expect(items.updateActionItem(owner, { id: item!.id, baseVersion: item!.version, owner: 3 }, now)).rejects.toMatchObject({ status: 403 });
      await expect(items.updateActionItem(member, { id: item!.id, baseVersion: item!.version, status: "done" }, now)).rejects.toMatchObject({ status: 403 });
      await expect(items.updateActionItem(outsider, { id: item!.id, baseVersion: item!.version, status: "done" }, now)).rejects.toMatchObject({ status: 404 });
      await expect(items.updateActionItem(lead, { id: 99999, baseVersion: 1, status: "done" }, now)).rejects.toMatchObject({ status: 404 });
      await expect(items.updateActionItem(lead, { id: item!.id, baseVersion: item!.version, owner: outsider.id }, now)).rejects.toMatchObject({ status: 400 });
      const given = await items.updateActionItem(lead, { id: item!.id, baseVersion: item!.version, owner: member.id }, now);
      expect(given).toMatchObject({ owner: "Mo Member", ownerId: member.id });
      const named = await items.updateActionItem(lead, { id: item!.id, baseVersion: given.version, owner: "Vendor support" }, now);
      expect(named).toMatchObject({ owner: "Vendor support", ownerId: null });
    });

    it("keeps item ids through editor saves, moving an item's version only when it changed", async () => {
      const ids = await idsOf();
      const versions = async () => (await temp.raw.all<{ v: number }>(`SELECT "version" AS v FROM "ActionItem" ORDER BY "position"`)).map((r) => Number(r.v));
      const before = await versions();
      const pm = await writes.getEditable(lead, slug);
      const list = pm!.fields.actionItems;
      await writes.updateTeamPostmortem(lead, { slug, baseVersion: pm!.version, actionItems: [list[0]!, { ...list[1]!, description: "Alert on SERVFAIL rate" }] });
      expect(await idsOf()).toEqual(ids.slice(0, 2));
      expect(await versions()).toEqual([before[0], before[1]! + 1]);
    });

    it("lists open items due within three days or overdue, in bounded batches", async () => {
      const at = new Date("2026-11-29T09:00:00Z");
      // Scale CoreDNS is done (due 11-30); the alert is open and due 12-01, within three days; the runbook has no date.
      expect((await events.dueActionItems(temp.db, at)).map((d) => d.description)).toEqual(["Alert on SERVFAIL rate"]);
      expect(await events.dueActionItems(temp.db, new Date("2026-11-27T09:00:00Z"))).toEqual([]);
      const pm = await writes.getEditable(lead, slug);
      await writes.updateTeamPostmortem(lead, { slug, baseVersion: pm!.version, actionItems: pm!.fields.actionItems.map((i) => ({ ...i, status: "open" as const })) });
      const both = await events.dueActionItems(temp.db, at);
      expect(both.map((d) => d.description)).toEqual(["Scale CoreDNS", "Alert on SERVFAIL rate"]);
      expect(await events.dueActionItems(temp.db, at, both[0]!.id, 1)).toEqual([both[1]]);
    });

    const inbox = async (userId: number, kind: string) =>
      (await temp.db.notification.findMany({ where: { userId, kind }, orderBy: { id: "asc" }, select: { title: true, link: true } })).map((n) => n.title);

    it("tells a user at once when an item is given to them, but not when it only moves or they chose themselves", async () => {
      // Filing gave the owner two items; the lead then gave one to the member (the earlier test).
      expect(await inbox(owner.id, "action_assigned")).toEqual([
        "Lea Lead gave you an action item on “CoreDNS fell over”",
        "Lea Lead gave you an action item on “CoreDNS fell over”",
      ]);
      expect(await inbox(member.id, "action_assigned")).toHaveLength(1);
      const pm = await writes.getEditable(lead, slug);
      const [first, second] = pm!.fields.actionItems;
      await writes.updateTeamPostmortem(lead, {
        slug,
        baseVersion: pm!.version,
        actionItems: [{ ...first!, ownerId: lead.id }, { ...second!, ownerId: member.id }],
      });
      expect(await inbox(lead.id, "action_assigned")).toEqual([]);
      expect(await inbox(member.id, "action_assigned")).toHaveLength(2);
      // Removing the first item moves the second up a position: its owner is not told again.
      const moved = await writes.getEditable(lead, slug);
      await writes.updateTeamPostmortem(lead, { slug, baseVersion: moved!.version, actionItems: [moved!.fields.actionItems[1]!] });
      expect(await inbox(member.id, "action_assigned")).toHaveLength(2);
      expect(await inbox(owner.id, "action_assigned")).toHaveLength(2);
    });

    it("reminds the owner once when an item is due soon and once when overdue, calls webhooks for overdue, and starts afresh on a change", async () => {
      await temp.db.webhook.create({ data: { teamId: 1, url: "http://127.0.0.1:9/hook", secret: "s", events: "action_overdue" } });
      const pm = await writes.getEditable(lead, slug);
      await writes.updateTeamPostmortem(lead, {
        slug,
        baseVersion: pm!.version,
        actionItems: [
          { type: "prevent", description: "Cap CoreDNS memory", owner: "", ownerId: owner.id, status: "open", dueDate: "2026-11-20", link: "" },
          { type: "detect", description: "Page on SERVFAIL", owner: "", ownerId: member.id, status: "open", dueDate: "2026-12-01", link: "" },
        ],
      });
      const at = new Date("2026-11-29T09:00:00Z");
      // Two sweeps at once (two instances): each reminder is written once.
      const counts = await Promise.all([events.remindDueActionItems(temp.db, at), events.remindDueActionItems(temp.db, at)]);
      expect(counts[0]! + counts[1]!).toBe(2);
      expect(await events.remindDueActionItems(temp.db, at)).toBe(0);
      expect(await inbox(owner.id, "action_due")).toEqual(["Overdue, was due 2026-11-20: Cap CoreDNS memory"]);
      expect(await inbox(member.id, "action_due")).toEqual(["Due 2026-12-01: Page on SERVFAIL"]);
      const hooks = await temp.db.delivery.findMany({ where: { channel: "webhook", event: "action_overdue" }, select: { payload: true } });
      expect(hooks).toHaveLength(1);
      expect(JSON.parse(hooks[0]!.payload)).toMatchObject({ event: "action_overdue", title: "CoreDNS fell over", actor: "Postmortem Atlas" });

      // The due-soon item becomes overdue: one more reminder, then none.
      const later = new Date("2026-12-02T09:00:00Z");
      expect(await events.remindDueActionItems(temp.db, later)).toBe(1);
      expect(await events.remindDueActionItems(temp.db, later)).toBe(0);
      expect(await inbox(member.id, "action_due")).toEqual(["Due 2026-12-01: Page on SERVFAIL", "Overdue, was due 2026-12-01: Page on SERVFAIL"]);

      // A new due date starts afresh: nothing until it is near again.
      const [, page] = (await items.listActionItems(lead, filters({ owner: "anyone" }), later)).items.sort((a, b) => a.id - b.id);
      await items.updateActionItem(lead, { id: page!.id, baseVersion: page!.version, dueDate: "2026-12-30" }, later);
      expect(await events.remindDueActionItems(temp.db, later)).toBe(0);
      expect(await events.remindDueActionItems(temp.db, new Date("2026-12-28T09:00:00Z"))).toBe(1);

      // Someone who left the team keeps the item until it is reassigned, but hears nothing more; the webhook still does.
      await temp.raw.exec(`DELETE FROM "Membership" WHERE "userId" = ${member.id} AND "teamId" = 1`);
      expect(await events.remindDueActionItems(temp.db, new Date("2026-12-31T09:00:00Z"))).toBe(1);
      expect(await inbox(member.id, "action_due")).toHaveLength(3);
      expect(await temp.db.delivery.count({ where: { channel: "webhook", event: "action_overdue" } })).toBe(3);
    });
  });
