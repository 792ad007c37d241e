// Types for scripts/page-cache.mjs (plain JavaScript: the production server runs it without a build).
import type { IncomingMessage, ServerResponse } from "node:http";

export declare const PAGE_CACHE_KEY: unique symbol;

export interface PageCacheOptions {
  maxEntries?: number;
  maxBytes?: number;
  maxEntryBytes?: number;
  ttlMs?: number;
  /** How long requests settle() at most on the same key's answer being made, from its start (ms; default 5,000). */
  waitMs?: number;
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
  readonly stats: { hits: number; stored: number; waited: number };
  readonly size: number;
  invalidate(): void;
  /** Send the stored answer, or wait for the same key's answer being made and send that; true when the request was answered. */
  settle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  capture(req: IncomingMessage, res: ServerResponse): void;
}

export declare function createPageCache(opts?: PageCacheOptions): PageCache;
