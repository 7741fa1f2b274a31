import "server-only";

const textHeaders = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

/** The 404 of a download: the same for a thing that does not exist and one the reader may not see. */
export const downloadNotFound = (what: string) => new Response(`${what} not found.\n`, { status: 404, headers: textHeaders });

/** A file download. Never cached: what it holds depends on who asks. */
export const download = (body: BodyInit, filename: string, contentType: string) =>
  new Response(body, {
    headers: { "Content-Type": contentType, "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
  });
