// Readable citation keys: author (or publisher), year, first title word — "hamzah2017syrian",
// "reuters2016palmyra". ASCII only, so every BibTeX reader takes them. Stable: among sources
// whose keys would collide, the one entered first keeps the bare key and later ones get b, c, …,
// so adding a source never renames an existing key; the set is computed over every published
// source, not over one export, so a key does not depend on what else is exported with it.

export interface KeyedSource {
  slug: string;
  title: string;
  authors: string[];
  publisher: string;
  publishedEarliest: Date | string | null;
  createdAt: Date | string;
}

const STOP = new Set(["a", "an", "the", "of", "in", "on", "at", "to", "and", "for", "from", "with", "by", "is", "as", "la", "le", "les", "de", "des", "du", "il", "lo", "di", "der", "die", "das", "el", "al"]);

const ascii = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
const fold = (s: string) => ascii(s).replace(/[^a-z0-9]+/g, "");

function nameOf(s: KeyedSource): string {
  const first = s.authors[0]?.trim();
  if (first) {
    const family = first.includes(",") ? first.slice(0, first.indexOf(",")) : first.split(/\s+/).at(-1)!;
    if (fold(family)) return fold(family);
  }
  return publisherName(s.publisher) || fold(s.slug.split("-")[0] ?? "") || "anon";
}

/** A publisher as a short key part: its acronym if it gives one ("… (DGAM), Syria"), a web
 *  address's name ("review.clateway.com" → "clateway"), else its words run together, cut at 16. */
function publisherName(publisher: string): string {
  const acronym = /\(([A-Z][A-Z0-9&-]{1,9})\)/.exec(publisher)?.[1]; // capitals only: not "(Arabic)"
  if (acronym) return fold(acronym);
  const p = publisher.trim();
  if (/^[\w-]+(\.[\w-]+)+$/.test(p)) {
    const labels = p.split(".").filter((l) => l !== "www");
    return fold(labels.length > 1 ? labels[labels.length - 2]! : labels[0]!);
  }
  return fold(p).slice(0, 16);
}

function wordOf(s: KeyedSource): string {
  const words = ascii(s.title).split(/[^a-z0-9]+/).filter((w) => w && !STOP.has(w) && !/^\d+$/.test(w));
  return words[0] ?? "";
}

const yearOf = (s: KeyedSource) => (s.publishedEarliest ? String(s.publishedEarliest instanceof Date ? s.publishedEarliest.getUTCFullYear() : s.publishedEarliest.slice(0, 4)) : "nd");

export function baseKey(s: KeyedSource): string {
  return `${nameOf(s)}${yearOf(s)}${wordOf(s)}`;
}

/** slug → key for every source given (pass them all: see the note above). */
export function citationKeys(sources: KeyedSource[]): Map<string, string> {
  const time = (d: Date | string) => (d instanceof Date ? d.toISOString() : d);
  const ordered = [...sources].sort((a, b) => time(a.createdAt).localeCompare(time(b.createdAt)) || a.slug.localeCompare(b.slug));
  const used = new Map<string, number>();
  const keys = new Map<string, string>();
  for (const s of ordered) {
    const base = baseKey(s);
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    keys.set(s.slug, n === 0 ? base : `${base}${String.fromCharCode(97 + Math.min(n, 25))}${n > 25 ? n : ""}`);
  }
  return keys;
}
