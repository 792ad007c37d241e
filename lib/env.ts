import { z } from "zod";

// The one place that reads process.env. Values are read lazily (on first use), because
// `next build` imports modules before the database launcher has set DATABASE_URL.
const schema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set: start the app through `npm start` (embedded database) or set it to a PostgreSQL URL" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  SITE_URL: z.url().default("http://localhost:3000"),
  // Set by scripts/with-db.mjs when it serves the embedded quick-start database.
  HERITAGE_EMBEDDED: z.enum(["1"]).optional(),
  PORT: z.string().regex(/^\d+$/).optional(),
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
  BETTER_AUTH_URL: z.url().optional(),
  // The site `/` shows (a site's slug); default: the first site recorded (Palmyra, for the founding dataset).
  DEFAULT_SITE: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "DEFAULT_SITE must be a site's slug, e.g. palmyra").optional(),
  // The dataset folder the seed loads into an empty database (data/README.md); default data/palmyra.
  DATASET_DIR: z.string().min(1).optional(),
  // The reverse proxies whose X-Forwarded-For/-Host/-Proto are believed (comma-separated addresses,
  // e.g. "127.0.0.1"). Unset: those headers are dropped, and the client is the connection's
  // address. Applied by scripts/server.mjs (scripts/forwarded.mjs) before Next sees a request.
  TRUSTED_PROXY: z
    .string()
    .regex(/^\s*[0-9a-fA-F:.]+(\s*,\s*[0-9a-fA-F:.]+)*\s*$/, "TRUSTED_PROXY must be a comma-separated list of IP addresses, e.g. 127.0.0.1")
    .optional(),
  // Requests a minute per client address on /api/v1/ ("600", or "600/120" with the burst; "0" = no
  // limit). Applied by scripts/server.mjs (scripts/api-rate-limit.mjs), which refuses a bad value at start.
  API_RATE_LIMIT: z
    .string()
    .regex(/^\s*\d+(\s*\/\s*\d+)?\s*$/, "API_RATE_LIMIT must be <requests per minute> or <requests per minute>/<burst>, e.g. 600/120")
    .optional(),
  // The article intake fetches only public addresses unless this is "1" (the e2e suite's local page server).
  INTAKE_ALLOW_PRIVATE_URLS: z.enum(["1"]).optional(),
});

export type Env = z.infer<typeof schema>;

// The map's tile source, read apart from the rest so next.config.ts can build the CSP from it
// without a database. Both are fixed at build time (the CSP header is). MAP_TILE_URL=none draws
// the map without tiles: points, the site and a scale bar over a plain background.
const mapSchema = z.object({
  MAP_TILE_URL: z
    .union([z.literal("none"), z.string().regex(/^https:\/\/[^/]+\/.*\{z\}.*\{x\}.*\{y\}/, "MAP_TILE_URL must be an https:// template with {z}, {x} and {y}, or none")])
    .default("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
  MAP_TILE_ATTRIBUTION: z.string().min(1).default('&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'),
});

export interface MapTiles {
  url: string;
  attribution: string;
}

/** The tile layer the maps draw, or null when tiles are switched off. */
export function getMapTiles(): MapTiles | null {
  const parsed = mapSchema.safeParse(process.env);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  const { MAP_TILE_URL, MAP_TILE_ATTRIBUTION } = parsed.data;
  return MAP_TILE_URL === "none" ? null : { url: MAP_TILE_URL, attribution: MAP_TILE_ATTRIBUTION };
}

let cached: Env | undefined;

export function getEnv(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
    cached = parsed.data;
  }
  return cached;
}

// Known to anyone who reads this file: acceptable only for the embedded quick-start database,
// which lives on the developer's machine and holds only demo accounts.
const DEV_SECRET = "heritage-watch-embedded-quick-start-secret-not-for-deployments";

/** The settings better-auth needs. A PostgreSQL deployment must bring its own secret. */
export function getAuthEnv() {
  const env = getEnv();
  const secret = env.BETTER_AUTH_SECRET ?? (env.HERITAGE_EMBEDDED || env.NODE_ENV !== "production" ? DEV_SECRET : undefined);
  if (!secret) {
    throw new Error(
      "BETTER_AUTH_SECRET is not set: a deployment on PostgreSQL needs a random secret of at least 32 characters " +
        "(e.g. `openssl rand -base64 32`), set at build time and at run time.",
    );
  }
  const url = env.BETTER_AUTH_URL ?? `http://localhost:${env.PORT ?? "3000"}`;
  // The same server is reached as localhost and 127.0.0.1 (the e2e suite uses the latter).
  const alt = new URL(url);
  alt.hostname = alt.hostname === "localhost" ? "127.0.0.1" : alt.hostname === "127.0.0.1" ? "localhost" : alt.hostname;
  return { secret, url, trustedOrigins: [...new Set([new URL(url).origin, alt.origin])] };
}

/** Demo accounts are seeded only into the embedded quick-start database, never into PostgreSQL. */
export function isEmbeddedDatabase() {
  return getEnv().HERITAGE_EMBEDDED === "1";
}

/**
 * True inside `next build`. The cached pages without a route parameter (/, /sites, /monuments,
 * /sources) are prerendered by Next at build; there they render a placeholder instead of reading
 * whole tables, so the build does not grow with the dataset. No page from the build is ever served:
 * scripts/isr-cache.mjs counts only entries rendered under the running database's dataset stamp, so
 * each is rendered on its first request. (Next sets NEXT_PHASE; read here with the rest.)
 */
export function isBuildTime() {
  return process.env.NEXT_PHASE === "phase-production-build";
}

/** The slug of the site `/` shows, when set (lib/queries/sites.ts falls back to the first site). */
export function defaultSiteSlug() {
  return getEnv().DEFAULT_SITE;
}

/** The dataset folder to seed from, when not the default one. */
export function datasetDir() {
  return getEnv().DATASET_DIR;
}

/** May the intake fetch loopback and private-network addresses? Only for tests. */
export function intakeMayFetchPrivate() {
  return getEnv().INTAKE_ALLOW_PRIVATE_URLS === "1";
}
