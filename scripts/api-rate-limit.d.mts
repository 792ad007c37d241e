// Types for scripts/api-rate-limit.mjs (plain JavaScript: the production server runs it without a build).
import type { IncomingMessage, ServerResponse } from "node:http";

export declare const API_PREFIX: "/api/v1/";
export interface ApiRateLimitOptions {
  perMinute: number;
  burst: number;
  maxClients?: number;
  now?: () => number;
}
export interface ApiRateLimit {
  readonly clients: number;
  take(client: string): { allowed: boolean; remaining: number; retryAfterS: number };
  refuse(req: IncomingMessage, res: ServerResponse, client: string): boolean;
}
export declare function parseApiRateLimit(value: string | undefined): { perMinute: number; burst: number } | null;
export declare function createApiRateLimit(opts: ApiRateLimitOptions): ApiRateLimit;
