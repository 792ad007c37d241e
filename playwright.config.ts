import { defineConfig, devices } from "@playwright/test";

// The e2e suite runs against the production build, served through the database launcher:
// a throw-away in-memory PGlite by default, or the PostgreSQL server named by DATABASE_URL
// (which must be local: the suite writes to it).
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

if (process.env.DATABASE_URL) {
  const host = new URL(process.env.DATABASE_URL).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run e2e tests against a non-local database (${host})`);
  }
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  // The pages hold the whole Palmyra record (60 sources, hundreds of quotes): axe and long lists need time on 2 cores.
  timeout: 60_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        // No test reaches the internet: every outside host (the map's tile server) fails to resolve
        // at once, as on a machine without a network; e2e/public/map.spec.ts checks the map then.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
      ],
    },
  },
  projects: [
    // Signs in the three demo roles once (sign-in is rate-limited) and saves their sessions.
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, dependencies: ["setup"] },
  ],
  webServer: {
    command: "node scripts/with-db.mjs --memory -- node scripts/app.mjs start",
    url: `${baseURL}/`,
    // migrate, seed and build: on a busy shared 2-core machine the build alone can take minutes.
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // `npm run test:e2e` wraps this whole run in the database launcher, so the server and the specs
    // (which fingerprint and write rows) share DATABASE_URL. A production build on PostgreSQL needs
    // an auth secret: this one is for the throw-away test server only.
    env: {
      PORT: String(port),
      NEXT_DIST_DIR: ".next-e2e",
      NEXT_TELEMETRY_DISABLED: "1",
      // The intake spec fetches a page from a server it starts on 127.0.0.1.
      INTAKE_ALLOW_PRIVATE_URLS: "1",
      BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "e2e-only-secret-for-the-throw-away-test-server",
      // The test runner acts as the proxy in front of the server, so specs may name client addresses
      // (X-Forwarded-For) and keep their sign-in limits apart. e2e/admin/forwarded-headers.spec.ts
      // starts a second server that trusts no proxy.
      TRUSTED_PROXY: "127.0.0.1",
    },
  },
});
