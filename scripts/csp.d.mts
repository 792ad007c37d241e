import type { ServerResponse } from "node:http";
export function contentSecurityPolicy(hashes?: string[]): string;
export function isNextDataScript(body: string): boolean;
export function inlineScriptHashes(html: string): string[];
export function applyContentSecurityPolicy(res: ServerResponse): void;
