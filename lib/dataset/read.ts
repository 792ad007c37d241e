// Reads a dataset folder (data/README.md) into raw JSON, file by file, in a stable order.
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
  };
}
