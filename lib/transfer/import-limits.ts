/** Bounds on one import, so a huge file or a zip bomb is refused with a message instead of filling memory. */
export const IMPORT_LIMITS = { fileBytes: 512 * 1024, totalBytes: 5 * 1024 * 1024, files: 100 } as const;
