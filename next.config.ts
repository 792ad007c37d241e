import path from "node:path";
import type { NextConfig } from "next";
import { getMapTiles } from "./lib/env";
import { tileOrigin } from "./lib/map-tiles";

// The maps' tile server (MAP_TILE_URL, read at build time) is the one outside origin pages load from.
const tiles = getMapTiles();
const tileSrc = tiles ? ` ${tileOrigin(tiles.url)}` : "";

// Security headers for every response. The Content-Security-Policy itself is written by the
// production server (scripts/csp.mjs: hashes of each page's inline scripts, no 'unsafe-inline');
// `next dev` has no such server, and its tooling needs inline and eval'd scripts.
const devCsp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data:${tileSrc}`,
  "font-src 'self'",
  `connect-src 'self' ws:${tileSrc}`,
  "frame-ancestors 'none'",
].join("; ");

const nextConfig: NextConfig = {
  // A separate build directory lets the e2e server build while a developer's `npm start` runs.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // Next's file-system cache, except that a page counts as cached only if it was rendered from the
  // dataset as it is now: a restart, a crash or another server's edit never brings back an older page.
  cacheHandler: path.resolve("scripts/isr-cache.mjs"),
  // Loaded by Node, not bundled: lib/citations/engine.ts patches the RIS plugin's spec object, which
  // must be the one the plugin itself uses (the packages ship CommonJS and ESM copies).
  serverExternalPackages: ["@citation-js/core", "@citation-js/plugin-bibtex", "@citation-js/plugin-csl", "@citation-js/plugin-ris"],
  // The article intake posts a pasted article or a saved page (up to 2 million characters, which
  // lib/intake refuses past with a message); Next's default 1 MB would cut it off with a bare error.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          ...(process.env.NODE_ENV === "development" ? [{ key: "Content-Security-Policy", value: devCsp }] : []),
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
