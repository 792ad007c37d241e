// Matching monument, site and actor names across spellings, scripts and transliterations.

// NFKD already splits أ إ آ into ا plus a hamza/madda mark, but not alef wasla, and ة/ى are
// distinct letters; folding them first keeps the rule independent of Unicode decomposition tables.
const ARABIC_LETTER_FOLDS: Record<string, string> = { "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي" };
// Apostrophes and the transliteration marks for ʿayn/hamza are dropped, not turned into spaces,
// so "Ba'al", "Baʿal" and "Baal" agree.
const JOINING_MARKS = /['’‘`´ʼʾʿ]/g;
const TATWEEL = /\u0640/g;

/**
 * Comparison key for a name:
 * - case-, accent- and Arabic-diacritic-insensitive (NFKD then strip every combining mark, which
 *   covers harakat U+064B–U+065F and dagger alef U+0670); tatweel removed; أ إ آ ٱ → ا, ة → ه, ى → ي;
 * - punctuation becomes a space, whitespace collapses;
 * - a leading English "the" is dropped (only at the start: "Arch of the…" keeps its words);
 * - the Arabic article "ال" is dropped from the start of every word of 4+ letters, so
 *   "قلعة فخر الدين" and "قلعة فخر دين" agree (shorter words such as "الف" keep their letters);
 * - "theater" folds to "theatre" (also inside "amphitheater").
 * Spacing variants ("Baal Shamin" / "Baalshamin") are not folded here; matching compares a
 * space-free form as well (see matchScore).
 */
export function normalizeName(s: string): string {
  const flat = s
    .replace(/[أإآٱةى]/g, (ch) => ARABIC_LETTER_FOLDS[ch] ?? ch)
    .replace(JOINING_MARKS, "")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(TATWEEL, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the (?=\S)/, "");
  return flat
    .split(" ")
    .filter(Boolean)
    .map((w) => (w.startsWith("ال") && w.length >= 4 ? w.slice(2) : w).replace(/theater/g, "theatre"))
    .join(" ");
}

const compact = (normalized: string): string => normalized.replace(/ /g, "");

/** The shortest query we allow to match inside a word; shorter ones produce noise. */
const MIN_INFIX = 4;

/**
 * 4 exact (also ignoring spaces), 3 the name starts with the query, 2 every query word is the
 * start of some name word (any order), 1 the query (4+ letters, spaces ignored) occurs inside
 * the name, 0 no match. No synonyms: "triumphal arch" does not match "Arch of Triumph" unless
 * that wording is one of the monument's names (LOOSE names exist for this).
 */
export function matchScore(query: string, name: string): number {
  const q = normalizeName(query);
  const n = normalizeName(name);
  if (!q || !n) return 0;
  const qc = compact(q);
  const nc = compact(n);
  if (q === n || qc === nc) return 4;
  if (n.startsWith(q) || nc.startsWith(qc)) return 3;
  const nameTokens = n.split(" ");
  if (q.split(" ").every((qt) => nameTokens.some((nt) => nt.startsWith(qt)))) return 2;
  if (qc.length >= MIN_INFIX && nc.includes(qc)) return 1;
  return 0;
}

export function matchesName(query: string, names: string[]): boolean {
  return names.some((name) => matchScore(query, name) > 0);
}

/** Ids of matching candidates, best match first; ties keep the input order. Blank query → []. */
export function rankMatches(query: string, candidates: { id: string; names: string[] }[]): string[] {
  return candidates
    .map((c) => ({ id: c.id, score: Math.max(0, ...c.names.map((name) => matchScore(query, name))) }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((c) => c.id);
}

/**
 * Aliases are identifiers, not search text: only a whole-alias match counts (normalized, then
 * ignoring spaces so "I.S." = "IS" and "Da'esh" = "Daesh"). Never a substring, so "IS" does not
 * find "ISIS" and "ISI" finds nothing. The actor's name counts as an alias. First match wins.
 */
export function findActorByAlias<T extends { id: string; name?: string; aliases: string[] }>(
  alias: string,
  actors: T[],
): T | null {
  const key = compact(normalizeName(alias));
  if (!key) return null;
  return actors.find((a) => [a.name ?? "", ...a.aliases].some((x) => x && compact(normalizeName(x)) === key)) ?? null;
}
