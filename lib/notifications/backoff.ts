/** A delivery is tried this often before it is marked failed (about 21 minutes with the default base). */
export const MAX_ATTEMPTS = 8;

/** The wait before the next try after `attempts` failures: base, 2×base, 4×base…, capped at an hour. */
export const retryDelayMs = (attempts: number, baseMs: number) => Math.min(60 * 60_000, baseMs * 2 ** Math.max(0, attempts - 1));
