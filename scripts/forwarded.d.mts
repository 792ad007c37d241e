type Req = { method?: string; headers: Record<string, string | string[] | undefined>; socket: { remoteAddress?: string } };
export const CLIENT_ADDRESS_HEADER: string;
export function normalizeAddress(address: string | undefined): string;
export function parseTrustedProxies(value: string | undefined): Set<string>;
export function settleForwardedHeaders(req: Req, trusted: Set<string>): string;
export function isForeignOrigin(req: Req): boolean;
