// Reads a dataset folder (data/README.md), or an archive holding the same files, into raw JSON,
// file by file, in a stable order.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { RawDataset, RawFile } from "./validate";

function readJson(root: string, path: string): RawFile {
  const rel = relative(process.cwd(), path) || path;
  try {
    return { path: rel, value: JSON.parse(readFileSync(path, "utf8")) as unknown };
  } catch (err) {
    throw new Error(`${rel}: ${err instanceof SyntaxError ? `not valid JSON (${err.message})` : (err as Error).message}`);
  }
}

function readFolder(root: string, name: string): RawFile[] {
  const dir = join(root, name);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => readJson(root, join(dir, f)));
}

export function readDatasetDir(root: string): RawDataset {
  if (!existsSync(join(root, "datapackage.json"))) throw new Error(`${root} is not a dataset folder: it has no datapackage.json`);
  return {
    manifest: readJson(root, join(root, "datapackage.json")),
    site: readJson(root, join(root, "site.json")),
    actors: readFolder(root, "actors"),
    monuments: readFolder(root, "monuments"),
    controlPeriods: readFolder(root, "control-periods"),
    sources: readFolder(root, "sources"),
    ...(existsSync(join(root, "unsourced.json")) ? { unsourced: readJson(root, join(root, "unsourced.json")) } : {}),
    ...(existsSync(join(root, "history.json")) ? { history: readJson(root, join(root, "history.json")) } : {}),
  };
}

/** An archive (npm run data:export): the same files, held in one JSON document. */
export interface Archive {
  format: "heritage-watch-archive";
  archiveVersion: 1;
  files: Record<string, unknown>;
}

export function readArchive(path: string): RawDataset {
  let archive: Archive;
  try {
    archive = JSON.parse(readFileSync(path, "utf8")) as Archive;
  } catch (err) {
    throw new Error(`${path}: not a readable archive (${(err as Error).message})`);
  }
  if (archive?.format !== "heritage-watch-archive") throw new Error(`${path}: not a Heritage Watch archive (no "format": "heritage-watch-archive")`);
  if (archive.archiveVersion !== 1) throw new Error(`${path}: archive version ${String(archive.archiveVersion)} is not one this version reads (1)`);
  const file = (name: string): RawFile => ({ path: `${path}#${name}`, value: archive.files[name] });
  const folder = (dir: string) => Object.keys(archive.files).filter((n) => n.startsWith(`${dir}/`)).sort().map(file);
  return {
    manifest: file("datapackage.json"),
    site: file("site.json"),
    actors: folder("actors"),
    monuments: folder("monuments"),
    controlPeriods: folder("control-periods"),
    sources: folder("sources"),
    ...("unsourced.json" in archive.files ? { unsourced: file("unsourced.json") } : {}),
    ...("history.json" in archive.files ? { history: file("history.json") } : {}),
  };
}
