import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START, parseSnippet, snippetToHtml } from "@/lib/search/snippet";

describe("snippets", () => {
  it("splits marked text into highlighted segments", () => {
    expect(parseSnippet(`a ${MARK_START}webhook${MARK_END} timed out`)).toEqual([
      { text: "a ", highlight: false },
      { text: "webhook", highlight: true },
      { text: " timed out", highlight: false },
    ]);
  });

  it("escapes everything in HTML output except its own <mark>", () => {
    const html = snippetToHtml(parseSnippet(`<script>x</script> ${MARK_START}<b>"hit"</b>${MARK_END}`));
    expect(html).toBe("&lt;script&gt;x&lt;/script&gt; <mark>&lt;b&gt;&quot;hit&quot;&lt;/b&gt;</mark>");
  });
});
