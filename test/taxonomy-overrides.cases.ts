import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { syncContent } from "@/lib/content/sync";
import type { DatabaseProvider } from "@/lib/database-url";
import { copyContent, createTempDatabase, type TempDatabase } from "@/test/temp-db";

// Admin changes to the taxonomy and to curated stories' tags, then a content re-sync: nothing is lost.
export const taxonomyOverridesSuite = (provider: DatabaseProvider) =>
  describe(`taxonomy changes and content sync (${provider})`, () => {
    let temp: TempDatabase;
    let content: ReturnType<typeof copyContent>;
    let admin: Viewer;
    let data: { admin: typeof import("@/lib/data/taxonomy-admin"); tagging: typeof import("@/lib/data/tagging") };
    const mindtickle = "mindtickle-2020-eks-snat";
    const tagsOf = async (slug: string) =>
      (await temp.db.postmortemTag.findMany({ where: { postmortem: { slug } }, select: { tag: { select: { slug: true } } } }))
        .map((t) => t.tag.slug)
        .sort();
    const touch = (slug: string) => {
      const file = path.join(content.dir, "postmortems", `${slug}.mdx`);
      fs.appendFileSync(file, "\nEdited to force a re-sync.\n");
    };

    beforeAll(async () => {
      temp = await createTempDatabase(provider);
      content = copyContent();
      process.env.DATABASE_URL = temp.url;
      data = { admin: await import("@/lib/data/taxonomy-admin"), tagging: await import("@/lib/data/tagging") };
      await syncContent(temp.db, content.dir);
      const user = await temp.db.user.create({ data: { email: "admin@example.test", name: "Admin", isAdmin: true } });
      admin = { id: user.id, email: user.email, name: user.name, isAdmin: true, teams: [] };
    });
    afterAll(async () => {
      await temp.cleanup();
      content.cleanup();
    });

    it("finds the curated story the test relies on", async () => {
      expect(fs.existsSync(path.join(content.dir, "postmortems", `${mindtickle}.mdx`))).toBe(true);
      expect(await tagsOf(mindtickle)).toContain("snat");
    });

    it("keeps a renamed tag renamed, and its stories tagged, after the story's file changes", async () => {
      await data.admin.updateTag(admin, {
        current: "snat",
        slug: "source-nat",
        category: "networking",
        name: "Source NAT",
        description: "Source NAT rewrote pod addresses.",
        synonyms: ["snat"],
      });
      touch(mindtickle);
      const report = await syncContent(temp.db, content.dir);
      expect(report.updated).toEqual([mindtickle]);
      expect(await tagsOf(mindtickle)).toContain("source-nat");
      expect(await temp.db.tag.findUnique({ where: { slug: "snat" } })).toBeNull();
      expect((await temp.db.tag.findUniqueOrThrow({ where: { slug: "source-nat" } })).name).toBe("Source NAT");
    });

    it("keeps an admin's added and removed tags on a curated story across a re-sync", async () => {
      const before = await tagsOf(mindtickle);
      const removed = before.find((t) => t !== "source-nat")!;
      const wanted = [...before.filter((t) => t !== removed), "dns-policy"];
      await data.tagging.retag(admin, { slug: mindtickle, tags: wanted, components: [] });
      touch(mindtickle);
      await syncContent(temp.db, content.dir);
      expect(await tagsOf(mindtickle)).toEqual([...wanted].sort());
      // Undoing an override removes it instead of stacking another.
      await data.tagging.retag(admin, { slug: mindtickle, tags: before, components: [] });
      expect(await temp.db.tagOverride.count({ where: { postmortem: { slug: mindtickle } } })).toBe(0);
    });

    it("merges a tag into another: stories move, the old slug redirects, and a re-sync does not bring it back", async () => {
      const using = (
        await temp.db.postmortemTag.findMany({ where: { tag: { slug: "cni-migration" } }, select: { postmortem: { select: { slug: true } } } })
      ).map((r) => r.postmortem.slug);
      expect(using.length).toBeGreaterThan(0);
      const itemTags = async (key: string) =>
        (await temp.db.checklistItemTag.findMany({ where: { item: { key } }, select: { tag: { select: { slug: true } } } }))
          .map((t) => t.tag.slug)
          .sort();
      expect(await itemTags("test-egress-before-cutover")).toContain("cni-migration");
      const result = await data.admin.mergeTags(admin, { from: "cni-migration", into: "source-nat" });
      expect(result.checklistItems).toBeGreaterThan(0);
      for (const slug of using) expect(await tagsOf(slug)).toContain("source-nat");
      expect(await itemTags("test-egress-before-cutover")).toEqual(["source-nat", "untested-change"]);
      // The checklist file still says cni-migration; re-syncing it follows the redirect.
      fs.appendFileSync(path.join(content.dir, "checklists", "networking-and-cni.mdx"), "\nEdited to force a re-sync.\n");
      expect((await syncContent(temp.db, content.dir)).checklists.written).toEqual(["networking-and-cni"]);
      expect(await itemTags("test-egress-before-cutover")).toEqual(["source-nat", "untested-change"]);
      expect(await temp.db.tagRedirect.findUnique({ where: { fromSlug: "cni-migration" }, select: { tag: { select: { slug: true } } } })).toEqual({
        tag: { slug: "source-nat" },
      });
      touch(mindtickle);
      await syncContent(temp.db, content.dir);
      expect(await temp.db.tag.findUnique({ where: { slug: "cni-migration" } })).toBeNull();
      expect(await tagsOf(mindtickle)).not.toContain("cni-migration");
      const entries = await temp.db.auditEntry.findMany({ select: { action: true } });
      expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(["tag.rename", "postmortem.retag", "tag.merge"]));
    });

    it("refuses a rename onto a slug that is taken or still redirects", async () => {
      const slugError = (promise: Promise<unknown>) => promise.catch((e: { extra: { errors: { slug: string[] } } }) => e.extra.errors.slug[0]);
      expect(
        await slugError(
          data.admin.updateTag(admin, {
            current: "source-nat",
            slug: "dns-policy",
            category: "networking",
            name: "x x",
            description: "long enough text",
            synonyms: [],
          }),
        ),
      ).toMatch(/taken/);
      expect(
        await slugError(
          data.admin.createTag(admin, { slug: "cni-migration", category: "networking", name: "x x", description: "long enough text", synonyms: [] }),
        ),
      ).toMatch(/redirects/);
    });
  });
