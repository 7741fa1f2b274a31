import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";

// Every YAML snippet a checklist ships (Kyverno and Gatekeeper policies, Prometheus rules, Falco rules, manifests)
// must at least parse, every document of it, so a reader who copies one gets something kubectl or the tool accepts.
describe("checklist snippets", () => {
  const items = loadContent().checklists.flatMap((checklist) => checklist.frontmatter.items.map((item) => ({ file: checklist.slug, item })));

  it("ships some YAML snippets", () => {
    expect(items.filter(({ item }) => item.check.lang === "yaml").length).toBeGreaterThan(0);
  });

  for (const { file, item } of items.filter(({ item }) => item.check.lang === "yaml")) {
    it(`${file}/${item.key} parses as YAML, and each document is a mapping or a list`, () => {
      const documents = yaml.loadAll(item.check.code);
      expect(documents.length).toBeGreaterThan(0);
      for (const document of documents.filter((d) => d !== null && d !== undefined)) expect(typeof document).toBe("object");
    });
  }
});
