// The period the public record covers, from the dataset's manifest: an "as of" date must fall
// between its start and today.
import manifest from "@/data/palmyra/datapackage.json";

export const COVERAGE_START: string = manifest.temporalCoverage.start;
