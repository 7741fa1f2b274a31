import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/safe-redirect";

const ORIGIN = "http://app.test:3000";

/** Where a browser would land if it followed `path` from a page on ORIGIN (it drops tabs and newlines, reads \ as /). */
const landing = (path: string) => new URL(path.replace(/[\t\n\r]/g, "").replace(/\\/g, "/"), ORIGIN);

// Known open-redirect bypasses: each must fall back to "/" or stay a same-origin path.
const BYPASSES = [
  "//evil.example",
  "///evil.example",
  "////evil.example",
  "/\\evil.example",
  "\\/evil.example",
  "\\\\evil.example",
  "/\t/evil.example/",
  "/\t\\evil.example/",
  "\t//evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  " //evil.example",
  "\u0000//evil.example",
  "\u001f/\\evil.example",
  "//evil.example\u0000",
  "/.//evil.example",
  "/./\\evil.example",
  "/../\\evil.example",
  "https:evil.example",
  "https:/evil.example",
  "https://evil.example",
  "HTTPS://evil.example",
  "http://app.test:3000@evil.example",
  "//app.test:3000@evil.example",
  "http://evil.example\\@app.test:3000",
  "http://app.test:3001/",
  "https://app.test:3000/",
  "ftp://evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "java\tscript:alert(1)",
  " javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "%2f%2fevil.example",
  "%2F%2Fevil.example",
  "/%2f%2fevil.example",
  "/%09/evil.example",
  "/%5cevil.example",
  "%5c%5cevil.example",
  "／／evil.example",
  "/／evil.example",
  "∕∕evil.example",
  "⁄⁄evil.example",
  "〱evil.example",
  "//evil。example",
  "//evil%E3%80%82example",
  "http:\\\\evil.example",
  "http:/\\/\\evil.example",
  "/\\/evil.example",
];

describe("safeCallbackUrl", () => {
  it.each([
    ["/settings", "/settings"],
    ["/postmortems?q=dns#results", "/postmortems?q=dns#results"],
    ["/postmortems/a%20b", "/postmortems/a%20b"],
    ["/new\t", "/new"],
    [undefined, "/"],
    ["", "/"],
    [42, "/"],
    [["/a", "/b"], "/a"],
    ["//evil.example", "/"],
    ["/\t/evil.example/", "/"],
    ["/\t\\evil.example/", "/"],
    ["https://evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/.//evil.example", "/"],
  ])("%j → %j", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });

  it.each(BYPASSES)("keeps %j on the site", (input) => {
    const result = safeCallbackUrl(input, ORIGIN);
    expect(result.startsWith("/")).toBe(true);
    expect(result[1] === "/" || result[1] === "\\").toBe(false);
    expect(landing(result).origin).toBe(ORIGIN);
  });

  it("accepts absolute URLs of the app's own origin, as paths", () => {
    expect(safeCallbackUrl("http://app.test:3000/review?x=1", ORIGIN)).toBe("/review?x=1");
    expect(safeCallbackUrl("http://app.test:3000/review", "http://other.test")).toBe("/");
  });

  it("never leaves the origin, whatever the input", () => {
    const piece = fc.constantFrom("/", "\\", "\t", "\n", " ", "\u0000", ".", ":", "@", "%2f", "%09", "evil.example", "http", "javascript");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(piece).map((parts) => parts.join("")),
        ),
        (input) => {
          const result = safeCallbackUrl(input, ORIGIN);
          expect(landing(result).origin).toBe(ORIGIN);
          expect(/^\/[^/\\]?/.test(result) && !/^\/[/\\]/.test(result)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
