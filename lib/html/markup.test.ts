import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml, Markup, markup } from "@/lib/html/markup";

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
const unescape = (html: string) => html.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!);

describe("markup", () => {
  it("escapes any text so that it can neither open a tag nor leave a quoted attribute, and loses nothing", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite" }), (text) => {
        const html = escapeHtml(text);
        expect(html).not.toMatch(/[<>"']/);
        // Every ampersand left starts one of the five entities, so the text reads back exactly.
        expect(html.replace(/&(amp|lt|gt|quot|#39);/g, "")).not.toContain("&");
        expect(unescape(html)).toBe(text);
      }),
    );
  });

  it("escapes every interpolation, keeps markup it made, joins lists and leaves out nothing-values", () => {
    const label = `<img src=x onerror="alert(1)">&'`;
    const inner = markup`<tspan>${label}</tspan>`;
    expect(inner.html).toBe("<tspan>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;</tspan>");
    expect(markup`<text x="${'1" onload="x'}">${inner}</text>`.html).toBe(`<text x="1&quot; onload=&quot;x">${inner.html}</text>`);
    expect(markup`<g>${[1, "<", [markup`<b></b>`, null]]}${undefined}${false}${0}</g>`.html).toBe("<g>1&lt;<b></b>0</g>");
  });

  it("treats only its own Markup as markup, not look-alike objects", () => {
    const forged = { html: "<script>alert(1)</script>" } as unknown as Markup;
    expect(markup`${forged}`.html).toBe("[object Object]");
    expect(markup`${new Markup("<b>ok</b>")}`.html).toBe("<b>ok</b>");
  });
});
