// Formatted bibliographies (APA, Chicago, MLA, Harvard) that reuse what citeproc rendered before.
// citeproc-js needs 5–8 ms per entry whatever the batch size, so 10,000 entries take about a minute.
// But an entry depends on the rest of the bibliography only through three pieces of citeproc state:
//  - its ambiguity pool (registry.ambigcites, keyed by the item's base cite, e.g. "Hamzah 2015"):
//    year suffixes (2015a/2015b), added names and given names are worked out within the pool;
//  - with a global given-name rule (APA, Chicago), the name register (registry.namereg) of its
//    family names, which decides how much of a given name other people of that name force;
//  - with subsequent-author-substitute (Chicago "———", MLA "---"), the rendered name of the entry
//    printed before it.
// So each item is rendered once ALONE and cached with those keys; items sharing a key are grouped
// (union-find) and each group of several is rendered jointly; the entries are then put in citeproc's
// order with citeproc's own comparator on the sort keys it computed. lib/citations/bibliography.test.ts
// compares the result with one joint render, byte for byte, on real, colliding and random sets.
import { plugins } from "@citation-js/core";
import CSL from "citeproc";
import { getPrefixedEntry } from "@citation-js/plugin-csl/lib/attr.js";
import engines, { type CiteprocEngine, type PrepareEngine, type SortToken } from "@citation-js/plugin-csl/lib/engines.js";
import { render } from "./engine";
import { itemHash, LruCache, MAX_CACHED_ENTRIES } from "./render-cache";

export type OutputMode = "html" | "text";
const LANG = "en-US";

// Node gives an ES module a CommonJS module's exports object as its default export, a bundler
// unwraps `exports.default`: either way this is citation-js's own prepareEngine, so the engine, its
// compiled style and its reset between calls are the ones `render("bibliography", …)` uses.
const prepareEngine: PrepareEngine = typeof engines === "function" ? engines : engines.default;

/** The styles the exactness test covers; any other template is rendered jointly, as before. */
const PROVEN_TEMPLATES = new Set(["apa", "chicago-author-date", "modern-language-association", "harvard1"]);

/** More citeproc work than one call may do (cached entries cost nothing). */
export class FormatBudgetError extends Error {
  constructor(
    readonly needed: number,
    readonly limit: number,
  ) {
    super(`formatting needs ${needed} uncached entries, more than ${limit}`);
  }
}

/** What citeproc made of one item rendered on its own. */
interface Alone {
  entry: string; // before citation-js adds data-csl-entry-id
  sortkeys: (string | undefined)[];
  akey: string;
  /** The rendered name subsequent-author-substitute compares, reduced (see nameKey); false if none. */
  named: string | false;
  /** Its names as the name register files them ("family::initials::given"): only with a global given-name rule. */
  names: string[];
}

/** A group rendered jointly: per member (in selection order), and the members in citeproc's order. */
interface Group {
  entries: string[];
  sortkeys: (string | undefined)[][];
  akeys: string[];
  order: number[];
}

// One bound for both kinds of record, so a run of large groups cannot push the total past it.
const cache = new LruCache<Alone | Group>(MAX_CACHED_ENTRIES);
const cachedAlone = (key: string) => {
  const v = cache.get(key);
  return v && "entry" in v ? v : undefined;
};
const cachedGroup = (key: string) => {
  const v = cache.get(key);
  return v && "entries" in v ? v : undefined;
};
// Joins learned after rendering (below: a base cite that changed in company, an outsider between two
// entries by one author). Joining more than needed is always exact, only slower, so a join found once
// is applied from the start next time instead of being found again after another round.
const learned = new LruCache<Set<string>>(MAX_CACHED_ENTRIES);
const frames = new Map<string, { bibstart: string; bibend: string }>();

/**
 * What this process rendered or learned, as records another process can load (lib/citations/
 * render-store.ts keeps them in the database, so a restart or a second server is not cold).
 * `scope` is the style template and output mode: what a record is only valid for.
 */
export type CacheRecord =
  | { scope: string; key: string; kind: "alone" | "group"; value: Alone | Group; weight: number }
  | { scope: string; key: string; kind: "learned"; value: string[]; weight: 1 }
  | { scope: string; key: string; kind: "frame"; value: { bibstart: string; bibend: string }; weight: 1 };

const unsaved = new Map<string, CacheRecord>();
function noteUnsaved(record: CacheRecord) {
  unsaved.set(`${record.kind}\n${record.key}`, record);
}

/** The records made since the last call (at most MAX_CACHED_ENTRIES, the newest). */
export function takeUnsavedRecords(): CacheRecord[] {
  const out = [...unsaved.values()].slice(-MAX_CACHED_ENTRIES);
  unsaved.clear();
  return out;
}

// JSON has no undefined: an absent sort key comes back as null, and citeproc tells them apart.
const revived = (keys: (string | null | undefined)[]) => keys.map((k) => k ?? undefined);

/** Records from another process (or an earlier run, through JSON): as if rendered here. */
export function loadCacheRecords(records: Iterable<CacheRecord>) {
  for (const r of records) {
    if (r.kind === "alone") cache.set(r.key, { ...r.value, sortkeys: revived((r.value as Alone).sortkeys) } as Alone, r.weight);
    else if (r.kind === "group") cache.set(r.key, { ...r.value, sortkeys: (r.value as Group).sortkeys.map(revived) } as Group, r.weight);
    else if (r.kind === "learned") {
      const set = learned.get(r.key) ?? (learned.set(r.key, new Set()), learned.get(r.key)!);
      for (const h of r.value) set.add(h);
    } else if (r.kind === "frame") frames.set(r.key, r.value);
  }
}

/** For tests and benchmarks: start cold. */
export function clearBibliographyCache() {
  cache.clear();
  learned.clear();
  frames.clear();
  unsaved.clear();
}

/**
 * citeproc compares rendered names with `!a.localeCompare(b)`; strings it finds equal must get one
 * key, strings with different keys must differ. Lower case, no marks (Arabic vowel signs too), no
 * tatweel, letters and digits only: coarser than localeCompare, which only makes groups larger.
 * Names are joined with "," before the comparison, so only what precedes the first comma is kept.
 */
function nameKey(rendered: string | string[] | false): string | false {
  if (!rendered) return false; // citeproc only records non-empty names
  const first = Array.isArray(rendered) ? (rendered[0] ?? "") : rendered;
  return first
    .split(",")[0]!
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]|\u0640/gu, "");
}

function styleTraits(engine: CiteprocEngine) {
  return {
    substitutes: typeof engine.bibliography.opt["subsequent-author-substitute"] === "string",
    globalNames: engine.citation.opt["givenname-disambiguation-rule"] !== "by-cite",
  };
}

function capture(engine: CiteprocEngine, frameKey: string, ids: string[]) {
  engine.updateItems([]); // as citation-js's fetchEngine does before every render
  const sorted = engine.updateItems(ids);
  const bib = engine.makeBibliography();
  if (!bib) return null;
  const frame = { bibstart: bib[0].bibstart, bibend: bib[0].bibend };
  const known = frames.get(frameKey);
  if (!known || known.bibstart !== frame.bibstart || known.bibend !== frame.bibend) noteUnsaved({ scope: frameKey, key: frameKey, kind: "frame", value: frame, weight: 1 });
  frames.set(frameKey, frame);
  // An item with no printed form leaves no entry, and citation-js's id attributes would shift.
  return bib[1].length === ids.length ? { sorted, entries: bib[1] } : null;
}

function renderAlone(engine: CiteprocEngine, frameKey: string, id: string, globalNames: boolean): Alone | null {
  const out = capture(engine, frameKey, [id]);
  if (!out) return null;
  const reg = engine.registry.registry[id]!;
  // By-cite rules prefix the family with the item id, so names of different items never meet.
  const names = globalNames ? Object.keys(engine.registry.namereg.nameind[id] ?? {}) : [];
  return { entry: out.entries[0]!, sortkeys: [...reg.sortkeys], akey: reg.ambig, named: nameKey(engine.tmp.last_rendered_name), names };
}

function renderGroup(engine: CiteprocEngine, frameKey: string, ids: string[]): Group | null {
  const out = capture(engine, frameKey, ids);
  if (!out) return null;
  const at = new Map(ids.map((id, k) => [id, k]));
  const entries: string[] = new Array(ids.length);
  out.sorted.forEach((id, k) => (entries[at.get(id)!] = out.entries[k]!));
  const reg = engine.registry.registry;
  return { entries, sortkeys: ids.map((id) => [...reg[id]!.sortkeys]), akeys: ids.map((id) => reg[id]!.ambig), order: out.sorted.map((id) => at.get(id)!) };
}

/**
 * citeproc's own comparator (CSL.Registry.Comparifier: sort keys in turn, the style's directions,
 * then position in the selection) over its own string comparison, which lower-cases both strings
 * and calls `localeCompare(b, locale, { sensitivity: "base", ignorePunctuation: true, numeric: true })`.
 * That builds a collator per call (20 µs; 2.5 s of comparisons for 10,000 entries), so the same
 * comparison is handed in with one Intl.Collator, through the override citeproc checks first
 * (CSL.stringCompare), and lower-casing memoised. ECMA-402 defines localeCompare with locales and
 * options as exactly that collator's compare.
 */
function comparator(engine: CiteprocEngine) {
  const collator = new Intl.Collator(engine.opt["default-locale-sort"] || "en-US", { sensitivity: "base", ignorePunctuation: true, numeric: true });
  // citeproc lower-cases with the languages of the item it rendered last; formatBibliography
  // renders jointly whenever a language lower-cases differently from the style's own (see there).
  const lowered = new Map<string, string>();
  const lower = (s: string) => lowered.get(s) ?? (lowered.set(s, s.toLocaleLowerCase(engine.opt.lang)), lowered.get(s)!);
  const strcmp = (a: string, b: string) => collator.compare(lower(a), lower(b));
  // As in CSL.getSortCompare: leading brackets and quotes are skipped unless the collator already ignores them.
  const stripPunct = (s: string) => s.replace(/^[[\]'"]*/g, "");
  CSL.stringCompare = strcmp("[x", "x") ? (a, b) => strcmp(stripPunct(a), stripPunct(b)) : strcmp;
  try {
    return new CSL.Registry.Comparifier(engine, "bibliography_sort").compareKeys;
  } finally {
    delete CSL.stringCompare;
  }
}

/** Languages whose lower case differs from other languages' (ICU's special casings: I → ı, i̇). */
const SPECIAL_CASING = /^(tr|az|lt)(?![a-z])/i;

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) [this.parent[i], i] = [r, this.parent[i]!];
    return r;
  }
  /** Joins the sets of i and j; true if they were apart. */
  union(i: number, j: number): boolean {
    const [a, b] = [this.find(i), this.find(j)];
    if (a === b) return false;
    this.parent[Math.max(a, b)] = Math.min(a, b);
    return true;
  }
}

/** One citeproc render of the whole selection: what formatBibliography must equal. */
const renderJoint = (items: readonly object[], template: string, mode: OutputMode) => render("bibliography", items, { format: mode, template, lang: LANG }) as string;

/**
 * Exactly `render("bibliography", items, { format: mode, template, lang: "en-US" })`, rendering only
 * what is not cached. `budget` bounds how many entries citeproc may render in this call (a joint
 * render of a group counts all its members). A selection of at most `budget` items is always
 * formatted (jointly if reuse would cost more); a larger one that needs more is refused with a
 * FormatBudgetError. Entries rendered before the budget ran out stay cached.
 */
export function formatBibliography(items: readonly object[], template: string, mode: OutputMode, budget = Infinity): string {
  try {
    return formatReusing(items, template, mode, budget);
  } catch (e) {
    // A selection no larger than the budget is always formatted, as before this cache: reusing
    // costs each new entry a render alone and again in its group, so a cold selection near the
    // budget can exceed it where one joint render does not.
    if (e instanceof FormatBudgetError && items.length <= budget) return renderJoint(items, template, mode);
    throw e;
  }
}

function formatReusing(items: readonly object[], template: string, mode: OutputMode, budget: number): string {
  let spent = 0;
  const spend = (n: number) => {
    if (spent + n > budget) throw new FormatBudgetError(spent + n, budget);
    spent += n;
  };
  const joint = () => {
    spend(items.length);
    return renderJoint(items, template, mode);
  };
  const data = plugins.input.util.clean(items) as { id: unknown; container_id?: unknown; legislation_id?: unknown }[];
  const ids = data.map((d) => String(d.id));
  // Rendered jointly, as before: duplicate ids (citeproc merges them), containers and legislation
  // (consolidated across entries), languages with special lower-casing (citeproc sorts with the
  // language of whichever item it rendered last, CSL.citeStart). None occurs in our items.
  const special = data.some((d) => SPECIAL_CASING.test(String((d as { language?: unknown }).language ?? "")));
  if (special || !PROVEN_TEMPLATES.has(template) || !data.length || new Set(ids).size !== ids.length || data.some((d) => d.container_id || d.legislation_id)) return joint();

  const engine = prepareEngine(data, template, LANG, mode);
  const { substitutes, globalNames } = styleTraits(engine);
  const frameKey = `${template}|${mode}`;
  const hashes = data.map(itemHash);
  const aloneKeys = hashes.map((h) => `${frameKey}|1|${h}`);
  spend(aloneKeys.filter((k) => !cache.has(k)).length);
  const alone: Alone[] = [];
  for (const [i, key] of aloneKeys.entries()) {
    let a = cachedAlone(key);
    if (!a) {
      const fresh = renderAlone(engine, frameKey, ids[i]!, globalNames);
      if (!fresh) return joint();
      cache.set(key, (a = fresh));
      noteUnsaved({ scope: frameKey, key, kind: "alone", value: fresh, weight: 1 });
    }
    alone.push(a);
  }

  // Items that can change each other's entries end up in one set.
  const uf = new UnionFind(data.length);
  const firstWith = new Map<string, number>();
  const link = (key: string, i: number) => {
    const j = firstWith.get(key);
    if (j === undefined) firstWith.set(key, i);
    else uf.union(i, j);
  };
  // The register counts, per family, how many different initials and given names it holds; with one
  // (the same person throughout, the usual case) every item sees the same counts, alone or not.
  const variants = new Map<string, Set<string>>();
  for (const a of alone) {
    for (const key of a.names) {
      const family = key.split("::")[0]!;
      (variants.get(family) ?? variants.set(family, new Set()).get(family)!).add(key);
    }
  }
  const indexOf = new Map(hashes.map((h, i) => [h, i]));
  const join = (i: number, j: number) => {
    for (const [x, y] of [[i, j], [j, i]] as const) {
      const key = `${frameKey}|${hashes[x]}`;
      const joined = learned.get(key) ?? (learned.set(key, new Set()), learned.get(key)!);
      if (!joined.has(hashes[y]!)) {
        joined.add(hashes[y]!);
        noteUnsaved({ scope: frameKey, key, kind: "learned", value: [...joined], weight: 1 });
      }
    }
    return uf.union(i, j);
  };
  alone.forEach((a, i) => {
    for (const h of learned.get(`${frameKey}|${hashes[i]}`) ?? []) {
      const j = indexOf.get(h);
      if (j !== undefined) uf.union(i, j);
    }
    link(`a|${a.akey}`, i);
    if (substitutes && a.named !== false) link(`s|${a.named}`, i);
    for (const key of a.names) {
      const family = key.split("::")[0]!;
      if (variants.get(family)!.size > 1) link(`f|${family}`, i);
    }
  });

  const compare = comparator(engine);
  for (;;) {
    const members = new Map<number, number[]>();
    for (let i = 0; i < data.length; i++) {
      const r = uf.find(i);
      const m = members.get(r);
      if (m) m.push(i);
      else members.set(r, [i]);
    }
    const pending = [...members.values()].filter((m) => m.length > 1).map((m) => ({ m, key: `${frameKey}|n|${itemHash(m.map((i) => hashes[i]))}` }));
    spend(pending.filter((p) => !cache.has(p.key)).reduce((n, p) => n + p.m.length, 0));
    // Per item: its group (or none), its place in it.
    const groupOf: (Group | undefined)[] = new Array(data.length);
    const place: number[] = new Array(data.length);
    for (const { m, key } of pending) {
      let g = cachedGroup(key);
      if (!g) {
        const fresh = renderGroup(engine, frameKey, m.map((i) => ids[i]!));
        if (!fresh) return joint();
        cache.set(key, (g = fresh), m.length);
        noteUnsaved({ scope: frameKey, key, kind: "group", value: fresh, weight: m.length });
      }
      m.forEach((i, k) => ((groupOf[i] = g), (place[i] = k)));
    }

    // In company an item's base cite can change (a namesake adds a given name, "J. Smith 2015"),
    // so it may meet a pool it did not meet alone: join those and render again.
    let grew = false;
    const pool = new Map<string, number>();
    for (let i = 0; i < data.length; i++) {
      const akey = groupOf[i] ? groupOf[i]!.akeys[place[i]!]! : alone[i]!.akey;
      const j = pool.get(akey);
      if (j === undefined) pool.set(akey, i);
      else if (join(i, j)) grew = true;
    }
    if (grew) continue;

    // citeproc's order: its comparator on its sort keys, ties broken by position in the selection.
    const tokens: SortToken[] = alone.map((a, i) => ({ sortkeys: groupOf[i] ? groupOf[i]!.sortkeys[place[i]!]! : a.sortkeys, seq: i + 1 }));
    const order = tokens.map((_, i) => i).sort((a, b) => compare(tokens[a]!, tokens[b]!));

    // Each group must come out in the order its own render gave (it does if the comparator is a
    // total order, which it is; checked rather than assumed).
    const seen = new Map<Group, number>();
    for (const i of order) {
      const g = groupOf[i];
      if (!g) continue;
      const k = seen.get(g) ?? 0;
      if (g.order[k] !== place[i]) return joint();
      seen.set(g, k + 1);
    }

    // Substitution looks at the nearest entry before with a rendered name. Within a group that was
    // the nearest named member; in the whole list it may be an outsider. That is harmless when the
    // outsider is the same entry, or when neither could match (different name keys); otherwise
    // join the two sets and render again.
    if (substitutes) {
      let lastNamed: number | undefined;
      const lastNamedIn = new Map<number, number>();
      for (const i of order) {
        const named = alone[i]!.named;
        if (named === false) continue;
        const r = uf.find(i);
        const inGroup = lastNamedIn.get(r);
        if (lastNamed !== undefined && inGroup !== undefined && inGroup !== lastNamed && alone[inGroup]!.named === named) grew = join(i, lastNamed) || grew;
        lastNamed = i;
        lastNamedIn.set(r, i);
      }
      if (grew) continue;
    }

    const frame = frames.get(frameKey);
    if (!frame) return joint();
    // citation-js empties the engine before its next render; after a large group that takes a
    // while (citeproc deletes items one by one), so this request pays for it rather than the next.
    if (spent) engine.updateItems([]);
    const entry = (i: number) => (groupOf[i] ? groupOf[i]!.entries[place[i]!]! : alone[i]!.entry);
    return frame.bibstart + order.map((i) => getPrefixedEntry(entry(i), ids[i]!)).join("") + frame.bibend;
  }
}
