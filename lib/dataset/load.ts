// A dataset folder, read and checked: the dataset, or an error listing every problem in it.
import { readDatasetDir } from "./read";
import type { DatasetFiles } from "./schema";
import { validateDataset } from "./validate";

export class DatasetError extends Error {
  constructor(
    readonly dir: string,
    readonly problems: string[],
  ) {
    super(`The dataset in ${dir} has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

export function loadDataset(dir: string): DatasetFiles {
  const result = validateDataset(readDatasetDir(dir));
  if (!result.ok) throw new DatasetError(dir, result.errors);
  return result.dataset;
}
