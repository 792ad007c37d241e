// Types for scripts/page-cache.mjs (plain JavaScript: the production server runs it without a build).
import type { IncomingMessage, ServerResponse } from "node:http";

export declare const PAGE_CACHE_KEY: unique symbol;

export interface PageCacheOptions {
  maxEntries?: number;
  maxBytes?: number;
  maxEntryBytes?: number;
  ttlMs?: number;
  now?: () => number;
  stampOf?: () => string | null | undefined;
  /** Called by every invalidate(): the stamp stampOf gives is from before the edit (server.mjs: forgetStamp). */
  onInvalidate?: () => void;
  /** Also keep GET /api/v1/… answers (public, under a known stamp). */
  api?: boolean;
  /** Also keep the pages whose path matches, rendered per request for their query (under a known stamp). */
  lists?: RegExp;
}

export interface PageCache {
  readonly stats: { hits: number; stored: number };
  readonly size: number;
  invalidate(): void;
  serve(req: IncomingMessage, res: ServerResponse): boolean;
  capture(req: IncomingMessage, res: ServerResponse): void;
}

export declare function createPageCache(opts?: PageCacheOptions): PageCache;
