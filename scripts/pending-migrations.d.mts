// Types for scripts/pending-migrations.mjs (plain JavaScript: scripts/app.mjs runs it before any build).
export declare function pendingMigrations(databaseUrl: string, dir?: string): Promise<string[]>;
