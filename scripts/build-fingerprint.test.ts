// The fingerprint `npm start` compares before reusing a build, on real files: a project folder made
// here (with a live socket and lock files where the embedded database keeps them), and this repository.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildFingerprint, clearBuildStamp, listBuildInputs, readBuildStamp, writeBuildStamp } from "./build-fingerprint.mjs";

let root: string;
const servers: net.Server[] = [];

function write(rel: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
}

beforeEach(async () => {
  // A short path: a Unix socket's path is limited to about 100 bytes.
  root = fs.mkdtempSync(path.join(os.tmpdir(), "fp-"));
  write("app/page.tsx", "export default function Page() { return null; }\n");
  write("lib/status.ts", "export const x = 1;\n");
  write("lib/status.test.ts", "// a test\n");
  write("package-lock.json", "{}\n");
  write("next.config.ts", "export default {};\n");
  write("data/palmyra/datapackage.json", '{"name":"palmyra"}\n');
  // What `npm start` leaves in data/ while it runs: the database, its lock, its control socket.
  write("data/pglite/base/1/1259", "database page");
  write("data/pglite.lock", "4242\n");
  write("data/backups/pglite-2026.tar.gz", "backup");
  const socket = net.createServer();
  servers.push(socket);
  await new Promise<void>((r) => socket.listen(path.join(root, "data/pglite.sock"), r));
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
  fs.rmSync(root, { recursive: true, force: true });
});

const env = { MAP_TILE_URL: "none" };

describe("build fingerprint", () => {
  it("reads the sources and the dataset files, never the database, its socket, locks, backups or tests", () => {
    expect(fs.lstatSync(path.join(root, "data/pglite.sock")).isSocket()).toBe(true);
    expect(listBuildInputs(root)).toEqual(["app/page.tsx", "data/palmyra/datapackage.json", "lib/status.ts", "next.config.ts", "package-lock.json"]);
  });

  it("is the same while only the database changes, and changes with a source, the lockfile or a build setting", () => {
    const first = buildFingerprint({ root, env }).digest;
    write("data/pglite/base/1/1259", "database page, after an edit");
    write("data/pglite.lock", "4343\n");
    write("lib/status.test.ts", "// another test\n");
    expect(buildFingerprint({ root, env }).digest).toBe(first);

    write("lib/status.ts", "export const x = 2;\n");
    const edited = buildFingerprint({ root, env }).digest;
    expect(edited).not.toBe(first);

    write("package-lock.json", '{"lockfileVersion":3}\n');
    const locked = buildFingerprint({ root, env }).digest;
    expect(locked).not.toBe(edited);

    expect(buildFingerprint({ root, env: { MAP_TILE_URL: "https://tiles.example.org/{z}/{x}/{y}.png" } }).digest).not.toBe(locked);
    // A variable the build does not read changes nothing.
    expect(buildFingerprint({ root, env: { ...env, PORT: "4000" } }).digest).toBe(locked);
  });

  it("a renamed file is a change", () => {
    const first = buildFingerprint({ root, env }).digest;
    fs.renameSync(path.join(root, "lib/status.ts"), path.join(root, "lib/state.ts"));
    expect(buildFingerprint({ root, env }).digest).not.toBe(first);
  });

  it("a build counts only with its BUILD_ID and the fingerprint written after it succeeded", () => {
    const dist = path.join(root, ".next");
    fs.mkdirSync(dist);
    writeBuildStamp(dist, "abc");
    expect(readBuildStamp(dist)).toBeNull(); // no BUILD_ID: not a complete build
    fs.writeFileSync(path.join(dist, "BUILD_ID"), "x");
    expect(readBuildStamp(dist)).toBe("abc");
    clearBuildStamp(dist);
    expect(readBuildStamp(dist)).toBeNull();
  });

  it("on this repository: stable between two reads, and blind to data/pglite", () => {
    const repo = path.resolve(import.meta.dirname, "..");
    const files = listBuildInputs(repo);
    expect(files).toContain("app/[locale]/layout.tsx");
    expect(files).toContain("package-lock.json");
    expect(files.filter((f) => f.startsWith("data/pglite") || f.includes(".next") || f.startsWith("node_modules"))).toEqual([]);
    expect(buildFingerprint({ root: repo, env }).digest).toBe(buildFingerprint({ root: repo, env }).digest);
  });
});
