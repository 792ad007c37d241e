// The mark proxy.ts puts on the request it rewrites to its language's route (`/monuments` → `/en/monuments`).
// scripts/server.mjs keeps that rewrite inside the server. Should a server be named so that Next takes it for
// a rewrite to another origin, Next sends it through the server again over HTTP: the mark then lets proxy.ts
// pass it (an /en/... address from outside is redirected to its English URL), and tells the page cache
// (page-cache.mjs) not to keep its answer under the internal /en/... address, where it would answer outside
// requests that should have been redirected.
export const LOCALE_REWRITE_HEADER = "x-heritage-locale-rewrite";
