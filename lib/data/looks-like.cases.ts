import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { DatabaseProvider } from "@/lib/database-url";
import { postmortemFields } from "@/lib/validation/postmortem";
import { createTempDatabase, type TempDatabase } from "@/test/temp-db";

const draft = (over: Partial<{ title: string; summary: string; rootCause: string; tags: string[]; components: string[] }> = {}) => ({
  title: "",
  summary: "",
  rootCause: "",
  tags: [],
  components: [],
  ...over,
});

export const looksLikeSuite = (provider: DatabaseProvider) =>
  describe(`similar stories and "looks like" links (${provider})`, () => {
    let temp: TempDatabase;
    let similar: typeof import("@/lib/data/similar");
    let links: typeof import("@/lib/data/looks-like");
    let writes: typeof import("@/lib/data/postmortem-writes");
    let related: typeof import("@/lib/data/postmortems").getRelatedPostmortems;
    const member: Viewer = { id: 1, email: "m@example.test", name: "M", isAdmin: false, teams: [{ id: 1, slug: "ops", name: "Ops", role: "member" }] };
    const outsider: Viewer = { id: 2, email: "o@example.test", name: "O", isAdmin: false, teams: [{ id: 2, slug: "web", name: "Web", role: "member" }] };
    const ids: Record<string, number> = {};

    beforeAll(async () => {
      temp = await createTempDatabase(provider);
      const db = temp.raw;
      await db.exec(`INSERT INTO "User" ("id", "email", "name") VALUES (1, 'm@example.test', 'M'), (2, 'o@example.test', 'O')`);
      await db.exec(`INSERT INTO "Team" ("id", "slug", "name") VALUES (1, 'ops', 'Ops'), (2, 'web', 'Web')`);
      await db.exec(`INSERT INTO "Membership" ("userId", "teamId", "role") VALUES (1, 1, 'member'), (2, 2, 'member')`);
      await db.exec(`INSERT INTO "Category" ("slug", "name", "description") VALUES ('dns', 'DNS', '')`);
      await db.exec(`INSERT INTO "Tag" ("slug", "name", "description", "categoryId") VALUES ('dns-ndots', 'ndots', '', 1), ('snat', 'SNAT', '', 1)`);
      await db.exec(`INSERT INTO "Component" ("slug", "name", "description") VALUES ('coredns', 'CoreDNS', ''), ('calico', 'Calico', '')`);
      const story = async (slug: string, title: string, rootCause: string, coverage = "retold", tag?: number, component?: number) => {
        ids[slug] = await db.insert(
          `INSERT INTO "Postmortem" ("slug", "kind", "status", "visibility", "title", "organization", "severity", "incidentDate", "platform", "summary",
             "impact", "trigger", "rootCause", "detection", "resolution", "coverage", "updatedAt")
           VALUES (?, 'curated', 'published', 'public', ?, 'Org', 'production', ?, 'gke', '', '', '', ?, '', '', ?, ?)`,
          slug,
          title,
          db.date(new Date(Date.UTC(2020, 0, 1))),
          rootCause,
          coverage,
          db.date(new Date(0)),
        );
        if (tag) await db.exec(`INSERT INTO "PostmortemTag" ("postmortemId", "tagId") VALUES (${ids[slug]}, ${tag})`);
        if (component) await db.exec(`INSERT INTO "PostmortemComponent" ("postmortemId", "componentId") VALUES (${ids[slug]}, ${component})`);
      };
      await story("dns-storm", "CoreDNS overloaded by ndots lookups", "Every lookup walked five search domains.", "retold", 1, 1);
      await story("dns-listed", "DNS resolution failures at scale", "", "listed");
      await story("snat-ports", "SNAT port exhaustion", "Conntrack table filled on busy nodes.", "retold", 2, 2);
      process.env.DATABASE_URL = temp.url;
      similar = await import("@/lib/data/similar");
      links = await import("@/lib/data/looks-like");
      writes = await import("@/lib/data/postmortem-writes");
      related = (await import("@/lib/data/postmortems")).getRelatedPostmortems;
    });
    afterAll(() => temp.cleanup());

    it("suggests public stories by words, tags and components, and says why", async () => {
      const found = await similar.similarStories(draft({ title: "CoreDNS timeouts", rootCause: "ndots made lookups slow", tags: ["dns-ndots"] }));
      expect(found[0]).toMatchObject({ slug: "dns-storm", reasons: { tags: ["ndots"], components: [] } });
      expect(found[0]!.reasons.words).toEqual(expect.arrayContaining(["coredns"]));
      expect(found.map((s) => s.slug)).not.toContain("snat-ports");
      const byComponent = await similar.similarStories(draft({ components: ["calico"] }));
      expect(byComponent.map((s) => [s.slug, s.reasons.components])).toEqual([["snat-ports", ["Calico"]]]);
      expect(await similar.similarStories(draft({ title: '"unbalanced (NEAR column: OR' }))).toEqual([]);
      expect((await similar.similarStories(draft({ title: "DNS resolution" }))).map((s) => s.slug)).toContain("dns-listed");
    });

    it("links a team postmortem to a public story: a count for everyone, the postmortem only for its readers, related both ways", async () => {
      const { slug } = await writes.createTeamPostmortem(member, { ...postmortemFields.parse({ title: "Our CoreDNS fell over", incidentDate: "2026-11-01" }), teamId: 1 });
      const pm = (await writes.getEditable(member, slug))!;
      expect(await links.linkStory(member, { slug, story: "dns-storm" })).toMatchObject({ linked: true });
      expect(await links.linkStory(member, { slug, story: "dns-storm" })).toMatchObject({ linked: true }); // idempotent
      expect(await links.resemblanceCount(ids["dns-storm"]!)).toBe(1);
      expect((await links.looksLike(pm.id)).map((c) => c.slug)).toEqual(["dns-storm"]);
      // The team sees its postmortem among the story's related ones; outsiders and anonymous readers do not.
      expect((await related(ids["dns-storm"]!, member)).map((c) => c.slug)[0]).toBe(slug);
      expect((await related(ids["dns-storm"]!, outsider)).map((c) => c.slug)).not.toContain(slug);
      expect((await related(ids["dns-storm"]!, null)).map((c) => c.slug)).not.toContain(slug);
      expect((await related(pm.id, member)).map((c) => c.slug)[0]).toBe("dns-storm");
      // Outsiders cannot link or unlink; private or unknown stories cannot be linked.
      await expect(links.linkStory(outsider, { slug, story: "snat-ports" })).rejects.toMatchObject({ status: 404 });
      await expect(links.linkStory(member, { slug, story: slug })).rejects.toMatchObject({ status: 404 });
      await expect(links.linkStory(member, { slug, story: "no-such-story" })).rejects.toMatchObject({ status: 404 });
      expect(await links.unlinkStory(member, { slug, story: "dns-storm" })).toMatchObject({ linked: false });
      expect(await links.resemblanceCount(ids["dns-storm"]!)).toBe(0);
      const audit = await temp.raw.all<{ n: number }>(`SELECT count(*) AS n FROM "AuditEntry" WHERE "action" = 'postmortem.looks-like'`);
      expect(Number(audit[0]!.n)).toBe(2);
    });
  });
