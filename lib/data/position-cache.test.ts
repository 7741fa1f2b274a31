import { describe, expect, it } from "vitest";
import { PositionCache } from "@/lib/data/position-cache";

describe("PositionCache", () => {
  it("keeps the most recently used answers, up to its size", () => {
    const cache = new PositionCache<number>(2);
    cache.set(1, "a", 1);
    cache.set(1, "b", 2);
    expect(cache.get(1, "a")).toBe(1); // "b" is now the least recently used
    cache.set(1, "c", 3);
    expect([cache.get(1, "a"), cache.get(1, "b"), cache.get(1, "c")]).toEqual([1, undefined, 3]);
  });

  it("forgets everything when the position moves, and an older position neither reads nor fills it", () => {
    const cache = new PositionCache<string>(10);
    cache.set(5, "q", "old");
    expect(cache.get(6, "q")).toBeUndefined();
    cache.set(6, "q", "new");
    cache.set(5, "q", "stale");
    expect(cache.get(5, "q")).toBeUndefined();
    expect(cache.get(6, "q")).toBe("new");
  });
});
