// Types for request-log.mjs, which stays plain JavaScript because scripts/serve.mjs runs it without a compiler.
export function loggablePath(url?: string): { path: string; query?: string[] };
export function requestLogLine(entry: { method?: string; url?: string; status: number; durationMs: number; finished: boolean; time?: Date }): string;
