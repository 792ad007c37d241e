// The first dataset, shipped in the repository: the seed loads it, tests read it.
import { join } from "node:path";
import { loadDataset } from "./load";

export const PALMYRA_DIR = join(process.cwd(), "data", "palmyra");

export const loadPalmyra = () => loadDataset(PALMYRA_DIR);
