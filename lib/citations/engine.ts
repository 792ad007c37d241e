// citation-js, configured once: the RIS fix for newspaper articles and the two extra CSL styles.
// Server-side only (reads the style files); next.config.ts keeps @citation-js/* external so the
// RIS spec patched here is the very object the plugin translates with.
import fs from "node:fs";
import path from "node:path";
import { Cite, plugins, type FormatOptions } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";
import { SPECS } from "@citation-js/plugin-ris/lib/spec/index.js";

/**
 * citation-js 0.8.2 maps RIS `TY NEWS` authors to CSL `reporter` (which no style prints and which
 * the RIS writer skips for CSL authors) and takes only `PY` (a year) as its date, so newspaper
 * articles lost AU and DA both ways. Map AU ↔ author and DA/PY ↔ issued, as for journal articles.
 * Must run before the first RIS conversion: the plugin caches a translator per spec.
 */
function patchRisNewspaperSpec() {
  const spec = SPECS.mixed;
  if (spec.some((m) => (m as { patched?: boolean }).patched)) return;
  const isNews = (m: (typeof spec)[number]) => JSON.stringify(m.when?.source?.TY ?? []).includes('"NEWS"');
  for (const m of spec) {
    if (m.source === "AU" && m.target === "reporter" && isNews(m)) m.target = "author";
    if (m.source === "PY" && m.target === "issued" && isNews(m)) {
      const ty = m.when!.source!.TY as string[];
      m.when!.source!.TY = ty.filter((t) => t !== "NEWS");
      const target = m.when!.target as { type: string[] };
      target.type = target.type.filter((t) => t !== "article-newspaper");
    }
  }
  spec.push({
    source: ["DA", "PY"],
    target: "issued",
    when: { source: { TY: ["NEWS"] }, target: { type: ["article-newspaper"] } },
    patched: true,
  } as (typeof spec)[number]);
}

// Kept in the repository (lib/citations/styles, CC BY-SA 3.0) so the app needs no system package.
const EXTRA_STYLES = { "chicago-author-date": "chicago-author-date.csl", "modern-language-association": "modern-language-association.csl" };

function registerStyles() {
  const config = plugins.config.get("@csl") as { styles: { has(n: string): boolean; add(n: string, xml: string): void } };
  for (const [name, file] of Object.entries(EXTRA_STYLES)) {
    if (config.styles.has(name)) continue;
    config.styles.add(name, fs.readFileSync(path.join(process.cwd(), "lib/citations/styles", file), "utf8"));
  }
}

/**
 * Our citation keys are the source slugs ("albawaba-2017-03-02-…"): stable across exports. BibTeX,
 * biber and pandoc accept hyphens in keys, but citation-js's label check rejects them and would
 * invent "2016Syrian" keys (which collide), so the check is off.
 */
function keepOurBibtexKeys() {
  const config = plugins.config.get("@bibtex") as { format: { checkLabel: boolean; asciiOnly: boolean } };
  config.format.checkLabel = false;
  // By default citation-js writes ASCII only: it turns accents into LaTeX commands and silently
  // drops every character it has no command for, so an Arabic title became "       +". BibTeX files
  // are UTF-8 for biber, biblatex and pandoc; format.ts escapes LaTeX's special characters itself.
  config.format.asciiOnly = false;
}

patchRisNewspaperSpec();
registerStyles();
keepOurBibtexKeys();

/**
 * What `new Cite(items).format(name, options)` does, minus the input parsing: our items are CSL-JSON
 * already, so detecting and re-reading them (a third of a 10,000-entry BibTeX export) is skipped.
 * `clean` still normalises them exactly as Cite#format does.
 */
export function render(name: string, items: readonly object[], options: FormatOptions): unknown {
  return plugins.output.format(name, plugins.input.util.clean(items), options);
}

export { Cite };
