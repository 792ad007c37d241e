// Stage 2: where the article names a monument the database knows. Every name and alias counts, in
// any language or script, compared word by word through lib/names.ts (case, accents, Arabic
// diacritics and letter forms, "theater"/"theatre", spacing: "Baal Shamin" = "Baalshamin").

import { normalizeName } from "../names";
import type { ArticleText } from "./text";
import { paragraphAt } from "./text";

export interface KnownMonument {
  id: string;
  name: string;
  names: string[];
  /** The monument this one is a part of (a tower of the tower tombs), if any. */
  parent?: string | null;
}

export interface Mention {
  monumentId: string;
  /** Offsets into article.text. */
  start: number;
  end: number;
  /** The words as printed. */
  text: string;
  paragraph: number;
}

interface Token {
  key: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}'’‘`´ʼʾʿ\u0640]+/gu;
// Arabic attaches "and", "with", "for" to the word: والمسرح is "and the theatre". Only before the
// article ال, where the split is unambiguous.
const ARABIC_PROCLITIC = /^[وفبك](?=ال..)|^ل(?=ل..)/;
// Elided articles and prepositions in French and Italian: "l’Arc de triomphe", "dell'arco".
const ELISION = /^(?:[cdjlmnst]|qu|dell|nell|all|dall|sull|un)['’ʼ](?=\p{L})/iu;

function tokenKey(word: string): string {
  let w = word.replace(/['’ʼ]s$/i, "").replace(ELISION, "");
  if (ARABIC_PROCLITIC.test(w)) w = w.startsWith("لل") ? `ا${w.slice(1)}` : w.slice(1);
  return normalizeName(w).replace(/ /g, "");
}

/**
 * Other readings of a word that is not itself part of any name: an Arabic conjunction or
 * preposition attached to a noun without the article ("لواجهة", "for the facade of"), or a
 * trailing s (a German genitive "Baal-Tempels", an English plural).
 */
function alternativeKeys(key: string, nameWords: Set<string>): string[] {
  if (nameWords.has(key)) return [key];
  const out = [key];
  if (/^[وفبلك]\p{Script=Arabic}{3,}$/u.test(key) && nameWords.has(key.slice(1))) out.push(key.slice(1));
  if (/^\p{Script=Latin}{4,}s$/u.test(key) && nameWords.has(key.slice(0, -1))) out.push(key.slice(0, -1));
  return out;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const key = tokenKey(m[0]);
    if (key) out.push({ key, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The word sequences that name a monument. Besides its names as recorded: "Temple of Bel" is also
 * "Bel temple", and a temple or tower named after a god or a family of 5+ letters is also called by
 * that name alone ("Baalshamin", "Elahbel"); a 3-letter name such as "Bel" alone is too ambiguous.
 */
// Words that may stand between "of" and the rest of a name: "the facade of its Roman Theatre".
const DETERMINERS = [["its"], ["the"], ["palmyra"], ["the", "citys"], ["the", "ancient"], ["ancient"]];
const SITE = "palmyra";
const PARTS = new Set(["facade", "cella", "portico", "colonnade", "gate", "courtyard"]);
// The same, as a word key, and in Arabic, where the part comes first ("واجهة المسرح", the theatre's facade).
const PART_KEYS = new Set([...PARTS, ...["واجهة", "رواق", "بوابة"].map((w) => normalizeName(w))]);

export function nameForms(name: string): string[][] {
  // Word keys as the text's words get them ("Palmyra's" → "palmyra"), without a leading "the".
  const words = tokenize(name).map((t) => t.key);
  if (words[0] === "the" && words.length > 1) words.shift();
  const forms = [words];
  const of = words.indexOf("of");
  if (of > 0 && of < words.length - 1) {
    const head = words.slice(0, of);
    let rest = words.slice(of + 1);
    if (rest[0] === SITE && rest.length > 1) rest = rest.slice(1);
    forms.push([...rest, ...head]);
    for (const d of DETERMINERS) forms.push([...head, "of", ...d, ...rest]);
    if ((head.join(" ") === "temple" || head.join(" ") === "tower") && rest.join("").length >= 5) forms.push(rest);
  }
  // "Roman Theatre facade" is also "the facade of its Roman Theatre".
  const part = words[words.length - 1]!;
  if (words.length > 1 && PARTS.has(part)) for (const d of [[], ...DETERMINERS]) forms.push([part, "of", ...d, ...words.slice(0, -1)]);
  // "Palmyra Museum" is also "the Museum of Palmyra".
  if (words[0] === SITE && words.length === 2) forms.push([words[1]!, "of", SITE]);
  return forms;
}

const MAX_WORDS = 7;
// Words that may stand between "facade of" and the theatre's name: "the facade of the
// second-century Roman Theatre", "the facade of the Roman-era amphitheatre".
const MAX_MODIFIERS = 3;

interface PartOf {
  parent: string;
  part: string;
  child: string;
}

/** Every wording of every name, and which monuments are a part of another ("Roman Theatre facade" of "Roman Theatre"). */
function nameIndex(monuments: KnownMonument[]) {
  const byKey = new Map<string, string>();
  const namesOf = new Map<string, string[][]>();
  for (const m of monuments) {
    const forms = [m.name, ...m.names].flatMap(nameForms);
    namesOf.set(m.id, forms);
    for (const form of forms) {
      const key = form.join("");
      // The first monument to claim a wording keeps it: names are unique in practice.
      if (key && !byKey.has(key)) byKey.set(key, m.id);
    }
  }
  const parts: PartOf[] = [];
  for (const m of monuments) {
    for (const words of [m.name, ...m.names].map((n) => nameForms(n)[0]!)) {
      if (words.length < 2) continue;
      const [first, last] = [words[0]!, words[words.length - 1]!];
      const tail = byKey.get(words.slice(1).join(""));
      const head = byKey.get(words.slice(0, -1).join(""));
      if (PART_KEYS.has(last) && head && head !== m.id) parts.push({ parent: head, part: last, child: m.id });
      if (PART_KEYS.has(first) && tail && tail !== m.id) parts.push({ parent: tail, part: first, child: m.id });
    }
  }
  // The part with any of the parent's names: "Roman-era theatre facade", "واجهة المسرح الروماني".
  for (const { parent, part, child } of parts) {
    for (const words of namesOf.get(parent) ?? []) {
      const latin = /\p{Script=Latin}/u.test(part);
      const key = (latin ? [...words, part] : [part, ...words]).join("");
      if (!byKey.has(key)) byKey.set(key, child);
    }
  }
  const nameWords = new Set(monuments.flatMap((m) => namesOf.get(m.id)!.flat()));
  for (const p of parts) nameWords.add(p.part);
  return { byKey, parts, nameWords };
}

/** Every mention, longest first where two overlap ("Roman Theatre facade" over "Roman Theatre"), in text order. */
export function findMentions(article: ArticleText, monuments: KnownMonument[]): Mention[] {
  const { byKey, parts, nameWords } = nameIndex(monuments);
  const tokens = tokenize(article.text);
  const keys = tokens.map((t) => alternativeKeys(t.key, nameWords));
  const broken = (a: number, b: number) => article.text.slice(tokens[a]!.end, tokens[b]!.start).includes("\n");
  const found: { i: number; j: number; monumentId: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let partial = [""];
    for (let j = i; j < Math.min(tokens.length, i + MAX_WORDS); j++) {
      // A name never runs across a paragraph break.
      if (j > i && broken(j - 1, j)) break;
      partial = partial.flatMap((p) => keys[j]!.map((k) => p + k));
      for (const key of partial) {
        const id = byKey.get(key);
        if (id) found.push({ i, j, monumentId: id });
      }
    }
  }
  // "the facade of [a few words] <the theatre's name>": the part, named through its parent.
  for (const f of [...found]) {
    for (let k = f.i - 2; k >= Math.max(0, f.i - 2 - MAX_MODIFIERS); k--) {
      // One noun phrase: no punctuation between the part and the name ("the facade, of course, of …").
      if (keys[k + 1]![0] !== "of" || /[\n,;:.()]/.test(article.text.slice(tokens[k]!.end, tokens[f.i]!.start))) continue;
      const p = parts.find((x) => x.parent === f.monumentId && keys[k]!.includes(x.part));
      if (p) found.push({ i: k, j: f.j, monumentId: p.child });
    }
  }
  found.sort((a, b) => b.j - b.i - (a.j - a.i) || a.i - b.i);
  const taken = new Set<number>();
  const kept: Mention[] = [];
  for (const f of found) {
    let free = true;
    for (let k = f.i; k <= f.j; k++) if (taken.has(k)) free = false;
    if (!free) continue;
    for (let k = f.i; k <= f.j; k++) taken.add(k);
    const start = tokens[f.i]!.start;
    const end = tokens[f.j]!.end;
    kept.push({ monumentId: f.monumentId, start, end, text: article.text.slice(start, end), paragraph: paragraphAt(article, start) });
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The monuments mentioned, in order of first mention. */
export function mentionedMonuments(mentions: Mention[]): string[] {
  return [...new Set(mentions.map((m) => m.monumentId))];
}
