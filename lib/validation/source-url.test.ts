import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseSourceUrl } from "@/lib/validation/source-url";

describe("normaliseSourceUrl", () => {
  it("treats the usual spellings of one page as the same", () => {
    const key = normaliseSourceUrl("https://deploy.live/blog/the-shipwreck-of-gke-cluster-upgrade/");
    for (const variant of [
      "http://deploy.live/blog/the-shipwreck-of-gke-cluster-upgrade",
      "https://www.deploy.live/blog/the-shipwreck-of-gke-cluster-upgrade/",
      "https://DEPLOY.live/blog/the-shipwreck-of-gke-cluster-upgrade#comments",
      "https://deploy.live/blog/the-shipwreck-of-gke-cluster-upgrade/?utm_source=twitter&utm_medium=social",
      "https://deploy.live:443/blog/the-shipwreck-of-gke-cluster-upgrade?fbclid=abc&gclid=x",
      "  https://deploy.live/blog/the-shipwreck-of-gke-cluster-upgrade//  ",
    ]) {
      expect(normaliseSourceUrl(variant), variant).toBe(key);
    }
  });

  it("keeps what names a different page: path case, meaningful parameters, other hosts", () => {
    const base = normaliseSourceUrl("https://www.youtube.com/watch?v=MoIdU0J0f0E");
    expect(normaliseSourceUrl("https://youtube.com/watch?v=OUYTNywPk-s")).not.toBe(base);
    expect(normaliseSourceUrl("https://youtube.com/watch?utm_campaign=x&v=MoIdU0J0f0E")).toBe(base);
    expect(normaliseSourceUrl("https://example.com/Post")).not.toBe(normaliseSourceUrl("https://example.com/post"));
    expect(normaliseSourceUrl("https://blog.example.com/a")).not.toBe(normaliseSourceUrl("https://example.com/a"));
  });

  it("refuses what is not an http(s) URL", () => {
    for (const bad of ["", "not a url", "javascript:alert(1)", "ftp://example.com/x", "mailto:a@b.c", "https://"]) {
      expect(normaliseSourceUrl(bad), bad).toBeNull();
    }
  });

  it("is idempotent and ignores parameter order and tracking noise (property)", () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    const param = fc.tuple(
      fc.stringMatching(/^[a-z]{1,5}$/).filter((k) => !/^(ref|source)$/.test(k)),
      segment,
    );
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 4 }),
        fc.uniqueArray(param, { selector: ([k]) => k, maxLength: 3 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (path, params, https, www, slash) => {
          const query = (list: [string, string][]) => (list.length ? `?${list.map(([k, v]) => `${k}=${v}`).join("&")}` : "");
          const plain = `https://example.org/${path.join("/")}${query(params)}`;
          const noisy = `${https ? "https" : "http"}://${www ? "www." : ""}example.org/${path.join("/")}${slash ? "/" : ""}${query([...params].reverse().concat([["utm_source", "x"]]))}#top`;
          const key = normaliseSourceUrl(plain)!;
          expect(normaliseSourceUrl(noisy)).toBe(key);
          expect(normaliseSourceUrl(`https://${key}`)).toBe(key);
        },
      ),
    );
  });
});
