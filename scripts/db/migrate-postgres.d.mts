export const POSTGRES_MIGRATIONS: string;
export function redactUrl(url: string): string;
export function migrationNames(dir?: string): string[];
export function migratePostgres(url: string, options?: { dir?: string; log?: (line: string) => void }): Promise<string[]>;
export function resetPostgres(url: string): Promise<void>;
