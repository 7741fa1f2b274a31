import { describe, expect, it } from "vitest";
import { markdownToText, renderMarkdown } from "@/lib/markdown/render";

describe("renderMarkdown", () => {
  it("renders GFM", () => {
    const html = renderMarkdown("# Title\n\n**bold** and a [link](https://example.com)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done");
    expect(html).toContain("<h3>Title</h3>");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain('<a href="https://example.com">link</a>');
    expect(html).toContain("<table>");
    expect(html).toContain('type="checkbox"');
  });

  it.each([
    ["<script>alert(1)</script>", "&#x3C;script>alert(1)&#x3C;/script>"],
    ['<img src=x onerror="alert(1)">', '&#x3C;img src=x onerror="alert(1)">'],
    ["[x](javascript:alert(1))", "<p><a>x</a></p>"],
    ["![x](data:image/svg+xml;base64,AAAA)", '<p><img alt="x"></p>'],
    ["[x](vbscript:msgbox)", "<p><a>x</a></p>"],
  ])("keeps %j inert", (input, expected) => {
    expect(renderMarkdown(input)).toContain(expected);
  });

  it("leaves MDX syntax as plain text", () => {
    const html = renderMarkdown('import x from "y"\n\nexport const a = 1\n\n{alert(1)}\n\n<Callout>hi</Callout>');
    expect(html).not.toMatch(/<callout/i);
    expect(markdownToText('import x from "y"\n\n{alert(1)}')).toBe('import x from "y" {alert(1)}');
  });
});

describe("renderMarkdown inline", () => {
  it("keeps code, emphasis and links, and no blocks", () => {
    const html = renderMarkdown("Set `maxSurge` to **0** — see [docs](https://k8s.io)\n\n# Heading\n\n- item", "inline");
    expect(html).toContain("<code>maxSurge</code>");
    expect(html).toContain("<strong>0</strong>");
    expect(html).toContain('<a href="https://k8s.io">docs</a>');
    expect(html).not.toMatch(/<(p|h\d|ul|li)[ >]/);
    expect(html).toContain("<br><br>Heading");
  });

  it("shows raw HTML on a line of its own as text, not nothing", () => {
    expect(renderMarkdown("<script>alert(1)</script>", "inline")).toBe("&#x3C;script>alert(1)&#x3C;/script>");
    expect(renderMarkdown("<div>a</div>\n\nnext", "inline")).toBe("&#x3C;div>a&#x3C;/div><br><br>next");
  });

  it("is sanitized like the narrative", () => {
    const html = renderMarkdown("<script>alert(1)</script>\n\n[x](javascript:alert(1)) ![i](https://x/y.png) <img src=x onerror=alert(1)>", "inline");
    expect(html).not.toMatch(/<script|href="javascript|<img/);
    expect(html).toContain("<a>x</a>");
  });
});
