import * as lucide from "lucide";
import type { IconNode } from "lucide";
import { describe, expect, it } from "vitest";
import { iconMarkup, iconShapes } from "@/components/icon-markup";

// Icons in string fragments (components/icon-markup.ts) accept only the names and values lucide uses:
// every icon lucide ships must pass, so that upgrading lucide cannot break a page.
describe("icon markup", () => {
  const icons = Object.entries(lucide).filter((entry): entry is [string, IconNode] => Array.isArray(entry[1]));

  it("draws every lucide icon, one element per shape with its attributes", () => {
    expect(icons.length).toBeGreaterThan(1000);
    for (const [name, node] of icons) {
      const html = iconShapes(node);
      expect(html.match(/<[a-z]+/g)?.length, name).toBe(node.length);
      for (const [, attributes] of node) for (const value of Object.values(attributes)) expect(html, name).toContain(`="${String(value)}"`);
    }
  });

  it("escapes the class and refuses names and values lucide does not use", () => {
    expect(iconMarkup(lucide.Flame, 'a" onload="x').html).toContain('class="a&quot; onload=&quot;x"');
    expect(() => iconShapes([["path", { d: '"/><script>' }]] as unknown as IconNode)).toThrow(/icon attribute/);
    expect(() => iconShapes([["script", {}]] as unknown as IconNode)).toThrow(/icon element/);
    expect(() => iconShapes([["path", { "on load": "x" }]] as unknown as IconNode)).toThrow(/icon attribute/);
  });
});
