// @citation-js/* ship no type declarations: the small part of the API we use.
declare module "@citation-js/core" {
  export interface FormatOptions {
    format?: "text" | "html" | "object" | "string";
    type?: "string" | "object" | "json" | "html";
    template?: string;
    lang?: string;
    style?: string;
    spec?: string;
  }
  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>);
    data: Record<string, unknown>[];
    format(format: string, options?: FormatOptions): string;
    static async(data: unknown): Promise<Cite>;
  }
  export const plugins: {
    config: { get(name: string): unknown };
    input: {
      chain(data: unknown, options?: Record<string, unknown>): Record<string, unknown>[];
      util: { clean(data: readonly object[]): object[] };
    };
    output: { format(name: string, data: object[], options?: FormatOptions): unknown };
  };
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-ris/lib/spec/index.js" {
  export interface RisMapping {
    source: string | string[];
    target: string;
    when?: { source?: Record<string, unknown>; target?: false | { type?: string[] } & Record<string, unknown> };
  }
  export const SPECS: { mixed: RisMapping[]; new: RisMapping[]; old: RisMapping[] };
}
// citeproc-js as citation-js prepares it (one engine per style and locale, reset per call): the
// registry fields lib/citations/bibliography.ts reads to reuse entries across exports.
declare module "@citation-js/plugin-csl/lib/engines.js" {
  export interface SortToken {
    sortkeys: readonly (string | undefined)[];
    seq: number;
  }
  export interface CiteprocEngine {
    updateItems(ids: string[], nosort?: boolean): string[];
    makeBibliography(): false | [{ bibstart: string; bibend: string }, string[]];
    registry: {
      registry: Record<string, { sortkeys: (string | undefined)[]; ambig: string }>;
      namereg: { nameind: Record<string, Record<string, true>> };
      sorter: { compareKeys(a: SortToken, b: SortToken): number };
    };
    tmp: { last_rendered_name: string | string[] | false };
    opt: { update_mode: number; lang: string; "default-locale-sort"?: string };
    citation: { opt: Record<string, unknown> };
    bibliography: { opt: Record<string, unknown> };
  }
  export type PrepareEngine = (data: object[], style: string, lang: string | undefined, format: string) => CiteprocEngine;
  const prepareEngine: PrepareEngine | { default: PrepareEngine };
  export default prepareEngine;
}
declare module "@citation-js/plugin-csl/lib/attr.js" {
  export function getPrefixedEntry(entry: string, id: string): string;
}
declare module "citeproc" {
  import type { CiteprocEngine, SortToken } from "@citation-js/plugin-csl/lib/engines.js";
  const CSL: {
    stringCompare?: (a: string, b: string) => number;
    Registry: { Comparifier: new (state: CiteprocEngine, keyset: "bibliography_sort") => { compareKeys(a: SortToken, b: SortToken): number } };
  };
  export default CSL;
}
