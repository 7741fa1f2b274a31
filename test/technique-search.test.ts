import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncContent } from "@/lib/content/sync";
import { copyContent, createTempDb } from "@/test/temp-db";

// The "Debugging techniques" box of a search reads the techniques' search texts from memory, shared until a write
// moves the public cache generation: a synced edit must reach it.
describe("technique search", () => {
  let temp: ReturnType<typeof createTempDb>;
  let content: ReturnType<typeof copyContent>;

  beforeAll(async () => {
    temp = createTempDb();
    content = copyContent();
    await syncContent(temp.db, content.dir);
    process.env.DATABASE_URL = `file:${temp.file}`;
  });
  afterAll(async () => {
    await temp.cleanup();
    content.cleanup();
  });

  const slugs = async (q: string) => {
    const { searchTechniques } = await import("@/lib/data/techniques");
    return (await searchTechniques(q)).map((technique) => technique.slug);
  };

  it("finds techniques holding every word, whatever their case, and follows a synced edit", async () => {
    expect(await slugs("CONNTRACK")).toContain("conntrack-table");
    expect(await slugs("conntrack zyxwvutsr")).toEqual([]);
    expect(await slugs("zyxwvutsr")).toEqual([]);
    // Operators and punctuation are not words to find.
    expect(await slugs('"" OR')).toEqual([]);

    const file = path.join(content.dir, "techniques", "conntrack-table.yml");
    const text = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, text.replace("title: Inspect the node's conntrack table", "title: Inspect the node's conntrack table (zyxwvutsr)"));
    await syncContent(temp.db, content.dir);
    expect(await slugs("conntrack zyxwvutsr")).toEqual(["conntrack-table"]);
  });
});
