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

function tokenKey(word: string): string {
  let w = word.replace(/['’ʼ]s$/i, "");
  if (ARABIC_PROCLITIC.test(w)) w = w.startsWith("لل") ? `ا${w.slice(1)}` : w.slice(1);
  return normalizeName(w).replace(/ /g, "");
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

/** Every mention, longest first where two overlap ("Roman Theatre facade" over "Roman Theatre"), in text order. */
export function findMentions(article: ArticleText, monuments: KnownMonument[]): Mention[] {
  const byKey = new Map<string, string>();
  for (const m of monuments) {
    for (const name of [m.name, ...m.names]) {
      for (const form of nameForms(name)) {
        const key = form.join("");
        // The first monument to claim a wording keeps it: names are unique in practice.
        if (key && !byKey.has(key)) byKey.set(key, m.id);
      }
    }
  }
  const tokens = tokenize(article.text);
  const found: { i: number; j: number; monumentId: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let key = "";
    for (let j = i; j < Math.min(tokens.length, i + MAX_WORDS); j++) {
      // A name never runs across a paragraph break.
      if (j > i && article.text.slice(tokens[j - 1]!.end, tokens[j]!.start).includes("\n")) break;
      key += tokens[j]!.key;
      const id = byKey.get(key);
      if (id) found.push({ i, j, monumentId: id });
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
