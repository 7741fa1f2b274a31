import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncContent } from "@/lib/content/sync";
import { copyContent, createTempDb } from "@/test/temp-db";

// Team run answers are stored against item keys, so editing a checklist's wording keeps them.
describe("checklist sync", () => {
  let temp: ReturnType<typeof createTempDb>;
  let content: ReturnType<typeof copyContent>;
  const file = () => path.join(content.dir, "checklists", "node-os.mdx");
  const answerFor = (key: string) =>
    temp.db.checklistAnswer.findFirst({ where: { item: { key } }, select: { status: true, item: { select: { control: true } } } });

  beforeAll(async () => {
    temp = createTempDb();
    content = copyContent();
    await syncContent(temp.db, content.dir);
    const team = await temp.db.team.create({ data: { slug: "t", name: "T" } });
    const checklist = await temp.db.checklist.findUniqueOrThrow({
      where: { slug: "node-os" },
      select: { id: true, items: { select: { id: true, key: true } } },
    });
    const run = await temp.db.checklistRun.create({ data: { checklistId: checklist.id, teamId: team.id, target: "prod" } });
    for (const item of checklist.items)
      await temp.db.checklistAnswer.create({ data: { runId: run.id, itemId: item.id, status: "done", version: 1 } });
  });
  afterAll(async () => {
    await temp.cleanup();
    content.cleanup();
  });

  it("links every item to the stories and tags it cites", async () => {
    const items = await temp.db.checklistItem.findMany({ select: { key: true, postmortems: true, tags: true } });
    expect(items.length).toBeGreaterThanOrEqual(40);
    for (const item of items) {
      expect(item.postmortems.length, item.key).toBeGreaterThan(0);
      expect(item.tags.length, item.key).toBeGreaterThan(0);
    }
  });

  it("keeps answers when an item is reworded, and drops them with an item that is removed", async () => {
    // "Am I exposed?" reads the items from memory, shared until a write moves the public cache generation.
    process.env.DATABASE_URL = `file:${temp.file}`;
    const { getAllItems } = await import("@/lib/data/checklists");
    const control = async (key: string) => (await getAllItems()).find((item) => item.key === key)?.control;
    expect(await control("networkd-foreign-rules")).toBe("systemd-networkd is told to leave routing rules it did not create alone.");
    const text = fs.readFileSync(file(), "utf8");
    const items = await temp.db.checklistItem.count({ where: { checklist: { slug: "node-os" } } });
    fs.writeFileSync(
      file(),
      text
        .replace(
          "control: systemd-networkd is told to leave routing rules it did not create alone.",
          "control: systemd-networkd leaves foreign routing rules alone.",
        )
        .replace(/  - key: node-health-signals[\s\S]*?tags: \[kernel-panic, misleading-signal\]\n/, ""),
    );
    // Exercises that offer the removed item as a distractor let it go too.
    const stories = path.join(content.dir, "postmortems");
    for (const name of fs.readdirSync(stories)) {
      const story = path.join(stories, name);
      fs.writeFileSync(story, fs.readFileSync(story, "utf8").replace(/ {4}- control:node-os\/node-health-signals\n/g, ""));
    }
    const report = await syncContent(temp.db, content.dir);
    expect(report.checklists.written).toEqual(["node-os"]);
    expect(await answerFor("networkd-foreign-rules")).toEqual({
      status: "done",
      item: { control: "systemd-networkd leaves foreign routing rules alone." },
    });
    expect(await answerFor("node-health-signals")).toBeNull();
    expect(await control("networkd-foreign-rules")).toBe("systemd-networkd leaves foreign routing rules alone.");
    expect(await control("node-health-signals")).toBeUndefined();
    expect(await temp.db.checklistItem.count({ where: { checklist: { slug: "node-os" } } })).toBe(items - 1);
  });
});
