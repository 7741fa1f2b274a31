import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { IMPORT_LIMITS } from "@/lib/transfer/import-limits";
import { readImportFiles } from "@/lib/transfer/read-files";

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

describe("reading uploaded files", () => {
  it("expands a zip into its files, skipping folders, archiver noise and the manifest of the atlas's own export", () => {
    const zip = zipSync({
      "a.md": strToU8("# A"),
      "dir/b.json": strToU8("{}"),
      "__MACOSX/._a.md": strToU8("x"),
      "dir/": new Uint8Array(),
      "index.json": strToU8('{"team":{},"postmortems":[]}'),
    });
    expect(readImportFiles([{ name: "export.zip", base64: b64(zip) }])).toEqual([
      { name: "export.zip/a.md", text: "# A" },
      { name: "export.zip/dir/b.json", text: "{}" },
    ]);
  });

  it("stops a zip bomb at the size limits instead of inflating it", () => {
    const zeros = new Uint8Array(IMPORT_LIMITS.totalBytes + 1024);
    const bomb = zipSync({ "huge.md": zeros }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(20_000);
    const [file] = readImportFiles([{ name: "bomb.zip", base64: b64(bomb) }]);
    expect(file).toEqual({ name: "bomb.zip/huge.md", problem: { field: "(size)", message: expect.stringMatching(/^Larger than 512 KiB/) } });
    // Many files each under the per-file limit still stop at the total.
    const many = zipSync(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}.md`, new Uint8Array(IMPORT_LIMITS.fileBytes - 10)])));
    const read = readImportFiles([{ name: "many.zip", base64: b64(many) }]);
    expect(read.filter((f) => f.problem?.message.includes("split it into smaller archives")).length).toBeGreaterThan(0);
    expect(read.filter((f) => f.text !== undefined).length).toBeLessThanOrEqual(10);
  });

  it("refuses more files than the limit, nested zips, broken archives and broken encodings, naming each", () => {
    const lots = zipSync(Object.fromEntries(Array.from({ length: IMPORT_LIMITS.files + 5 }, (_, i) => [`f${i}.md`, strToU8("x")])));
    const read = readImportFiles([{ name: "lots.zip", base64: b64(lots) }]);
    expect(read.filter((f) => f.text !== undefined)).toHaveLength(IMPORT_LIMITS.files);
    expect(read.at(-1)).toEqual({
      name: "lots.zip",
      problem: { field: "(files)", message: `More than ${IMPORT_LIMITS.files} files: import at most ${IMPORT_LIMITS.files} at a time.` },
    });
    expect(
      readImportFiles([{ name: "outer.zip", base64: b64(zipSync({ "inner.zip": zipSync({ "a.md": strToU8("x") }) })) }])[0]!.problem?.field,
    ).toBe("(file)");
    expect(readImportFiles([{ name: "junk.zip", base64: b64(strToU8("not a zip at all")) }])).toEqual([
      { name: "junk.zip", problem: { field: "(file)", message: "Not a zip archive, or it holds no files." } },
    ]);
    expect(readImportFiles([{ name: "latin1.md", base64: b64(new Uint8Array([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9])) }])).toEqual([
      { name: "latin1.md", problem: { field: "(encoding)", message: "Not valid UTF-8 text. Save the file as UTF-8 and try again." } },
    ]);
    expect(readImportFiles([{ name: "bom.md", base64: b64(new Uint8Array([0xef, 0xbb, 0xbf, 0x23])) }])).toEqual([{ name: "bom.md", text: "#" }]);
    expect(readImportFiles([{ name: "big.md", text: "x".repeat(IMPORT_LIMITS.fileBytes + 1) }])[0]!.problem?.field).toBe("(size)");
  });
});
