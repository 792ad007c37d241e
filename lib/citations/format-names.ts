// The export formats and style labels, without citation-js: client components and zod schemas
// import these, and must not pull the formatter (and its file reads) into their bundles.
export const CITATION_FORMATS = ["bibtex", "ris", "csl-json", "csv", "apa", "chicago", "mla", "harvard"] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export const STYLE_FORMATS = ["apa", "chicago", "mla", "harvard"] as const;
export type StyleFormat = (typeof STYLE_FORMATS)[number];

export const FORMAT_LABELS: Record<CitationFormat, string> = {
  bibtex: "BibTeX",
  ris: "RIS",
  "csl-json": "CSL-JSON",
  csv: "CSV",
  apa: "APA",
  chicago: "Chicago (author-date)",
  mla: "MLA",
  harvard: "Harvard",
};
