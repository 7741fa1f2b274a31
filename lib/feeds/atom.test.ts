import { describe, expect, it } from "vitest";
import { checkAtom } from "@/test/atom-rules";
import { atomFeed, type FeedStory } from "@/lib/feeds/atom";

const meta = {
  origin: "https://atlas.example.com",
  title: "Postmortem Atlas: dns",
  subtitle: "The newest Kubernetes postmortems in the atlas.",
  selfUrl: "https://atlas.example.com/feed.xml?tag=dns",
  alternateUrl: "https://atlas.example.com/postmortems?tag=dns",
};

const story = (slug: string, overrides: Partial<FeedStory> = {}): FeedStory => ({
  slug,
  title: `Story ${slug}`,
  summary: `What happened in ${slug}.`,
  severity: "production",
  organization: "Example Corp",
  team: null,
  tags: [{ slug: "dns", name: "DNS" }],
  updatedAt: new Date("2026-11-01T10:00:00Z"),
  publishedAt: new Date("2026-10-30T09:00:00Z"),
  ...overrides,
});

describe("atomFeed", () => {
  it("writes a valid Atom 1.0 document with title, summary, severity, tags, link and author per entry", () => {
    const xml = atomFeed(meta, [story("b", { updatedAt: new Date("2026-11-02T00:00:00Z"), team: { name: "Payments" } }), story("a")]);
    const { problems, entries, feed } = checkAtom(xml);
    expect(problems).toEqual([]);
    expect(String(feed.updated)).toBe("2026-11-02T00:00:00.000Z");
    expect(entries.map((e) => e.link)).toEqual(["https://atlas.example.com/postmortems/b", "https://atlas.example.com/postmortems/a"]);
    expect(entries[0]!.title).toBe("Story b");
    expect(entries[0]!.summary).toContain("What happened in b.");
    expect(entries[0]!.summary).toContain("<strong>Severity:</strong> Production");
    expect(entries[0]!.categories).toEqual([
      { term: "production", scheme: "https://atlas.example.com/postmortems#severity", label: "Production" },
      { term: "dns", scheme: "https://atlas.example.com/tags", label: "DNS" },
    ]);
    expect(xml).toContain("<name>Payments</name>");
    expect(xml).toContain('rel="self" href="https://atlas.example.com/feed.xml?tag=dns"');
  });

  it("keeps hostile text as text: escaped for HTML readers, and the XML stays well-formed", () => {
    const nasty = `<script>alert(1)</script> & "quotes" ]]> 'x'`;
    const xml = atomFeed(meta, [story("x", { title: nasty, summary: nasty, organization: nasty, tags: [{ slug: "t", name: `<b>&"` }] })]);
    const { problems, entries } = checkAtom(xml);
    expect(problems).toEqual([]);
    // type="html": the reader decodes once and must see text, never a tag.
    expect(entries[0]!.title).toBe("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; ]]&gt; &#39;x&#39;");
    expect(entries[0]!.summary).not.toContain("<script>");
    expect(entries[0]!.categories[1]!.label).toBe(`‹b>&"`);
  });

  it("dates an empty feed stably and still validates", () => {
    const { problems, feed, entries } = checkAtom(atomFeed(meta, []));
    expect(problems).toEqual([]);
    expect(entries).toEqual([]);
    expect(String(feed.updated)).toBe("1970-01-01T00:00:00.000Z");
  });

  it("leaves severity out for a listed story without a tier, and names the site as author when nothing else is known", () => {
    const xml = atomFeed(meta, [story("l", { severity: "", organization: "", tags: [] })]);
    const { problems, entries } = checkAtom(xml);
    expect(problems).toEqual([]);
    expect(xml.match(/<name>Postmortem Atlas<\/name>/g)).toHaveLength(2);
    expect(entries[0]!.categories).toEqual([]);
  });

  it("the checker itself catches broken feeds", () => {
    const xml = atomFeed(meta, [story("a"), story("a")]);
    expect(checkAtom(xml).problems).toContain("entry 2 repeats the id https://atlas.example.com/postmortems/a");
    expect(checkAtom(xml.replace(/<updated>[^<]*<\/updated>/, "<updated>yesterday</updated>")).problems[0]).toMatch(/RFC 3339/);
    expect(checkAtom("<feed><id>").problems[0]).toMatch(/not well-formed/);
  });
});
