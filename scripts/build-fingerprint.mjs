// Whether `npm start` may reuse the build it finds (scripts/app.mjs): a digest of everything the
// build reads — the sources, the lockfile, the configuration, the dataset files the app imports and
// the environment variables fixed at build time — written beside the build after it succeeds and
// compared before the next start. A rebuild took 2 to 4 minutes on every start (issue 15).
//
// What is read: regular files only, under the roots below. data/ also holds the embedded database
// (data/pglite, data/pglite.before-restore-*), its backups, its lock files and the launcher's control
// socket (data/pglite.sock): none is an input of the build, a socket cannot be read at all, and the
// database's files change on every query — so sockets, FIFOs and symlinks are never opened, and
// those directories never entered.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Files and folders the build reads, relative to the project root. Absent ones are skipped. */
export const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "types",
  "public",
  "data",
  "prisma/schema.prisma",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  "scripts/isr-cache.mjs",
];

/** Environment fixed into the build (the CSP's tile origin, auth settings, where the build goes). */
export const BUILD_ENV = ["MAP_TILE_URL", "MAP_TILE_ATTRIBUTION", "BETTER_AUTH_URL", "BETTER_AUTH_SECRET", "SITE_URL", "NEXT_DIST_DIR", "DEFAULT_SITE"];

// Not build inputs: the embedded database and what surrounds it, tests, editors' leftovers.
const SKIP_DIR = /^(node_modules|\.git|\.next.*|pglite.*|backups|test-results|playwright-report|tmp)$/;
const SKIP_FILE = /(\.lock|\.sock|\.test\.tsx?|\.swp|~|\.DS_Store)$/;

/** The input files under `root`, sorted, as paths relative to it (forward slashes). */
export function listBuildInputs(root, inputs = BUILD_INPUTS) {
  const files = [];
  const visit = (rel) => {
    let st;
    try {
      st = fs.lstatSync(path.join(root, rel));
    } catch {
      return; // absent
    }
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(path.join(root, rel)).sort()) {
        if (SKIP_DIR.test(name)) continue;
        visit(`${rel}/${name}`);
      }
    } else if (st.isFile() && !SKIP_FILE.test(rel)) {
      files.push(rel);
    }
    // Sockets, FIFOs, devices, symlinks: never read.
  };
  for (const input of inputs) visit(input);
  return files.sort();
}

/**
 * The build's fingerprint: sha256 over each input file's path and contents, the Node major version
 * and the build-time environment (values hashed with the rest, never written out).
 * @param {{ root?: string, env?: Record<string, string | undefined>, inputs?: string[] }} [opts]
 */
export function buildFingerprint({ root = process.cwd(), env = process.env, inputs = BUILD_INPUTS } = {}) {
  const hash = createHash("sha256");
  const files = listBuildInputs(root, inputs);
  for (const rel of files) {
    hash.update(`file ${rel}\0`);
    hash.update(fs.readFileSync(path.join(root, rel)));
    hash.update("\0");
  }
  hash.update(`node ${process.versions.node.split(".")[0]}\0`);
  for (const name of BUILD_ENV) hash.update(`env ${name}=${env[name] ?? ""}\0`);
  return { digest: hash.digest("hex"), files: files.length };
}

const STAMP_FILE = "heritage-build-fingerprint.txt";

/** The fingerprint the build in `distDir` was made from, or null when there is no complete build. */
export function readBuildStamp(distDir) {
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) return null;
  try {
    return fs.readFileSync(path.join(distDir, STAMP_FILE), "utf8").trim() || null;
  } catch {
    return null;
  }
}

/** Record that the build in `distDir` was made from `digest` (after `next build` succeeded). */
export function writeBuildStamp(distDir, digest) {
  fs.writeFileSync(path.join(distDir, STAMP_FILE), `${digest}\n`);
}

/** Remove the record before building, so a build that fails half-way is never taken as current. */
export function clearBuildStamp(distDir) {
  fs.rmSync(path.join(distDir, STAMP_FILE), { force: true });
}
