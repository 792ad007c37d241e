// Types for scripts/isr-cache.mjs (plain JavaScript: Next loads it as its cacheHandler, server.mjs imports it).
export declare const DATASET_STAMP_SQL: string;
export declare const DATASET_CHANNEL: string;
export declare function forgetStamp(): void;
export declare function knownStamp(): string | null | undefined;
declare const DatasetStampedCache: unknown;
export default DatasetStampedCache;
