export function postgresBinDir(): string | null;
export function startPostgresCluster(): Promise<{ base: string; port: number; url: (database?: string) => string; stop: () => void }>;
