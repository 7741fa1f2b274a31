import { describe, expect, it } from "vitest";
import { MAX_JSON_BYTES, malformedStringPaths, readJsonObject } from "@/lib/api/body";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://x/api", { method: "POST", body, headers, duplex: "half" } as RequestInit);

/** A body stream of `total` bytes, in 64 KB chunks, that never says how long it is. */
function chunked(total: number) {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const size = Math.min(65_536, total - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(32));
    },
  });
}

describe("malformedStringPaths", () => {
  it("names every string or key with an unpaired surrogate, as field paths", () => {
    expect(
      malformedStringPaths({ title: "ok \ud83d\udd25", lessons: ["fine", "\ud800"], nested: { "\udc00": 1, deep: [{ x: "a\udfffb" }] } }),
    ).toEqual(["lessons.1", "nested.\udc00", "nested.deep.0.x"]);
    expect(malformedStringPaths("\ud800")).toEqual(["form"]);
  });
});

describe("readJsonObject", () => {
  it("stops reading a body without Content-Length at the limit", async () => {
    const result = await readJsonObject(post(chunked(MAX_JSON_BYTES + 1)));
    expect(result.ok || result.response.status).toBe(413);
    const atLimit = await readJsonObject(post(chunked(MAX_JSON_BYTES)));
    expect(atLimit.ok || atLimit.response.status).toBe(400);
  });

  it("refuses invalid UTF-8, non-JSON and non-objects with 400", async () => {
    for (const body of [new Uint8Array([0x7b, 0xff, 0x7d]), "{", "[1]", "null"]) {
      const result = await readJsonObject(post(body));
      expect(result.ok || result.response.status).toBe(400);
    }
  });

  it("names the field that holds a lone surrogate", async () => {
    const result = await readJsonObject(post('{"title":"\\ud800"}'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect((await result.response.json()).fields).toEqual({ title: [expect.stringContaining("surrogate")] });
  });
});
