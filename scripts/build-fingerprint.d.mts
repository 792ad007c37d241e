// Types for scripts/build-fingerprint.mjs (plain JavaScript: scripts/app.mjs runs it before any build).
export declare const BUILD_INPUTS: string[];
export declare const BUILD_ENV: string[];
export declare function listBuildInputs(root: string, inputs?: string[]): string[];
export declare function buildFingerprint(opts?: { root?: string; env?: Record<string, string | undefined>; inputs?: string[] }): { digest: string; files: number };
export declare function readBuildStamp(distDir: string): string | null;
export declare function writeBuildStamp(distDir: string, digest: string): void;
export declare function clearBuildStamp(distDir: string): void;
