import type { NextConfig } from "next";
import { getMapTiles } from "./lib/env";
import { tileOrigin } from "./lib/map-tiles";

// The maps' tile server (MAP_TILE_URL, read at build time) is the one outside origin pages load from.
const tiles = getMapTiles();
const tileSrc = tiles ? ` ${tileOrigin(tiles.url)}` : "";

// Security headers for every response. Next's inline bootstrap scripts need 'unsafe-inline'
// unless every page is rendered per request with a nonce, which would give up static caching.
const csp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'" + (process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""),
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data:${tileSrc}`,
  "font-src 'self'",
  `connect-src 'self'${tileSrc}`,
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join("; ");

const nextConfig: NextConfig = {
  // A separate build directory lets the e2e server build while a developer's `npm start` runs.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // Loaded by Node, not bundled: lib/citations/engine.ts patches the RIS plugin's spec object, which
  // must be the one the plugin itself uses (the packages ship CommonJS and ESM copies).
  serverExternalPackages: ["@citation-js/core", "@citation-js/plugin-bibtex", "@citation-js/plugin-csl", "@citation-js/plugin-ris"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: csp },
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
