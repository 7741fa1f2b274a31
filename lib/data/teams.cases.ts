import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { DatabaseProvider } from "@/lib/database-url";
import { createTempDatabase, type TempDatabase } from "@/test/temp-db";

// lib/db reads DATABASE_URL when first imported, so point it at a fresh database before importing.
export const teamsSuite = (provider: DatabaseProvider) =>
  describe(`team leads (${provider})`, () => {
    let temp: TempDatabase;
    let teams: typeof import("@/lib/data/teams");
    const viewer = (user: { id: number; email: string; name: string }, isAdmin = false, leadOf?: number): Viewer => ({
      ...user,
      isAdmin,
      teams: leadOf === undefined ? [] : [{ id: leadOf, slug: `t${leadOf}`, name: `t${leadOf}`, role: "lead" }],
    });
    beforeAll(async () => {
      temp = await createTempDatabase(provider);
      process.env.DATABASE_URL = temp.url;
      teams = await import("@/lib/data/teams");
    });
    afterAll(() => temp.cleanup());

    async function team(slug: string, roles: ("lead" | "member")[]) {
      const created = await temp.db.team.create({ data: { slug, name: slug } });
      const people = [];
      for (const [i, role] of roles.entries()) {
        const user = await temp.db.user.create({ data: { email: `${slug}-${i}@example.test`, name: `${slug} ${i}` } });
        await temp.db.membership.create({ data: { teamId: created.id, userId: user.id, role } });
        people.push(user);
      }
      return { id: created.id, people };
    }
    const roles = async (teamId: number) =>
      (await temp.db.membership.findMany({ where: { teamId }, orderBy: { userId: "asc" }, select: { role: true } })).map((m) => m.role);

    it("never removes or demotes a team's only lead, whoever asks", async () => {
      const { id, people } = await team("solo", ["lead", "member"]);
      const [lead, member] = people as [(typeof people)[0], (typeof people)[0]];
      const admin = viewer({ id: 0, email: "admin@example.test", name: "Admin" }, true);
      await expect(teams.removeMember(viewer(lead, false, id), id, lead.id)).rejects.toThrow("solo 0 is this team's only lead. Make someone else a lead first.");
      await expect(teams.removeMember(admin, id, lead.id)).rejects.toThrow("only lead");
      await expect(teams.setMemberRole(admin, id, lead.id, "member")).rejects.toThrow("only lead");
      expect(await roles(id)).toEqual(["lead", "member"]);
      await teams.removeMember(viewer(lead, false, id), id, member.id);
      expect(await roles(id)).toEqual(["lead"]);
    });

    it("lets a lead leave when another lead stays, and only admins remove another lead", async () => {
      const { id, people } = await team("pair", ["lead", "lead"]);
      const [first, second] = people as [(typeof people)[0], (typeof people)[0]];
      await expect(teams.removeMember(viewer(first, false, id), id, second.id)).rejects.toThrow("Only admins remove leads");
      await teams.removeMember(viewer(first, false, id), id, first.id);
      expect(await roles(id)).toEqual(["lead"]);
      await teams.setMemberRole(viewer({ id: 0, email: "a@example.test", name: "A" }, true), id, second.id, "lead");
      expect(await roles(id)).toEqual(["lead"]);
    });
  });
