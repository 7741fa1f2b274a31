import { Unzip, UnzipInflate, UnzipPassThrough } from "fflate";
import type { ImportProblem } from "@/lib/transfer/import-types";
import { EXPORT_MANIFEST } from "@/lib/transfer/export-document";
import { IMPORT_LIMITS } from "@/lib/transfer/import-limits";
import { extensionOf } from "@/lib/transfer/parse-file";

export type ImportFileInput = { name: string; text?: string; base64?: string };
export type ReadFile = { name: string; text: string; problem?: undefined } | { name: string; text?: undefined; problem: ImportProblem };

const ZIP_PIECE = 4096;
const kib = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString("en")} KiB`;
const refuse = (name: string, field: string, message: string): ReadFile => ({ name, problem: { field, message } });

/** Strict UTF-8 (a leading byte-order mark is dropped): a file in another encoding is named, never garbled. */
function decode(name: string, bytes: Uint8Array): ReadFile {
  try {
    return { name, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return refuse(name, "(encoding)", "Not valid UTF-8 text. Save the file as UTF-8 and try again.");
  }
}

// Entries that archivers add beside the real files, and the manifest of the atlas's own export.
const noise = (name: string) =>
  name === EXPORT_MANIFEST || name.endsWith("/") || name.startsWith("__MACOSX/") || /(^|\/)\._/.test(name) || /(^|\/)\.DS_Store$/.test(name);

/**
 * Expands a zip, counting the bytes that really come out of each entry (sizes in the headers can lie), and stops
 * an entry at the per-file limit and the whole archive at the total limit and the file count.
 */
function unzipEntries(archive: string, bytes: Uint8Array, budget: { bytes: number; files: number }): ReadFile[] {
  const out: ReadFile[] = [];
  const pending: { name: string; chunks: Uint8Array[]; size: number; over: "" | "file" | "total" | "damaged"; done: boolean }[] = [];
  let stopped: string | null = null;
  const unzip = new Unzip((file) => {
    const name = `${archive}/${file.name}`;
    if (noise(file.name) || stopped) return;
    if (budget.files <= 0) {
      stopped = `More than ${IMPORT_LIMITS.files} files: import at most ${IMPORT_LIMITS.files} at a time.`;
      return;
    }
    budget.files--;
    if (extensionOf(file.name) === ".zip")
      return void out.push(refuse(name, "(file)", "A zip inside a zip is not imported: add its files to the outer archive."));
    const entry = { name, chunks: [] as Uint8Array[], size: 0, over: "" as (typeof pending)[number]["over"], done: false };
    pending.push(entry);
    file.ondata = (error, chunk, final) => {
      if (error) return void (entry.over = "damaged");
      if (entry.over) return;
      entry.size += chunk.byteLength;
      budget.bytes -= chunk.byteLength;
      if (entry.size > IMPORT_LIMITS.fileBytes || budget.bytes < 0) {
        entry.over = entry.size > IMPORT_LIMITS.fileBytes ? "file" : "total";
        entry.chunks = [];
        file.terminate();
        return;
      }
      entry.chunks.push(chunk);
      entry.done = final;
    };
    try {
      file.start();
    } catch {
      entry.over = "damaged";
    }
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    // Small pieces: each inflate step then yields at most a few MiB (deflate expands at most ~1000:1), and reading
    // stops as soon as the total is spent, however much the archive claims to hold.
    for (let at = 0; at < bytes.byteLength && budget.bytes >= 0 && !stopped; at += ZIP_PIECE) {
      unzip.push(bytes.subarray(at, at + ZIP_PIECE), at + ZIP_PIECE >= bytes.byteLength);
    }
  } catch {
    return [refuse(archive, "(file)", "Not a readable zip archive.")];
  }
  for (const entry of pending) {
    if (entry.over === "total" || (!entry.done && budget.bytes < 0))
      out.push(refuse(entry.name, "(size)", `The import expands to more than ${kib(IMPORT_LIMITS.totalBytes)}: split it into smaller archives.`));
    else if (entry.over === "file") out.push(refuse(entry.name, "(size)", `Larger than ${kib(IMPORT_LIMITS.fileBytes)} once uncompressed.`));
    else if (entry.over || !entry.done)
      out.push(refuse(entry.name, "(file)", "Could not be read from the archive (unsupported compression or damaged)."));
    else {
      const bytesOut = new Uint8Array(entry.size);
      let offset = 0;
      for (const chunk of entry.chunks) {
        bytesOut.set(chunk, offset);
        offset += chunk.byteLength;
      }
      out.push(decode(entry.name, bytesOut));
    }
  }
  if (stopped) out.push(refuse(archive, "(files)", stopped));
  if (out.length === 0) out.push(refuse(archive, "(file)", "Not a zip archive, or it holds no files."));
  return out;
}

/** Turns the uploaded files (text, or base64 bytes) into named texts, or a problem per file that cannot be read. */
export function readImportFiles(inputs: ImportFileInput[]): ReadFile[] {
  const budget = { bytes: IMPORT_LIMITS.totalBytes, files: IMPORT_LIMITS.files };
  return inputs.flatMap((input): ReadFile[] => {
    const bytes = input.base64 !== undefined ? Buffer.from(input.base64, "base64") : Buffer.from(input.text ?? "", "utf8");
    if (extensionOf(input.name) === ".zip") return unzipEntries(input.name, bytes, budget);
    budget.files--;
    if (budget.files < 0)
      return [refuse(input.name, "(files)", `More than ${IMPORT_LIMITS.files} files: import at most ${IMPORT_LIMITS.files} at a time.`)];
    if (bytes.byteLength > IMPORT_LIMITS.fileBytes) return [refuse(input.name, "(size)", `Larger than ${kib(IMPORT_LIMITS.fileBytes)}.`)];
    budget.bytes -= bytes.byteLength;
    if (budget.bytes < 0) return [refuse(input.name, "(size)", `The import is larger than ${kib(IMPORT_LIMITS.totalBytes)}: split it.`)];
    return input.base64 !== undefined ? [decode(input.name, bytes)] : [{ name: input.name, text: input.text ?? "" }];
  });
}
