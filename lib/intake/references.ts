// Stage 2b: where the article speaks of a monument without naming it. Reports name a monument once
// and then say "the temple", "this second-century structure", "المعبد", or name a whole's parts in
// the sentence after the damage ("…detonated three tower tombs. The three tombs are Jamblique, the
// Elhbel, and Kithot."). These references are not mentions (the review screen lists names only);
// they let the suggest stage read a damage sentence as being about the monument referred to.

import { normalizeName } from "../names";
import { EXTENT_RULES, METHOD_RULES } from "./lexicon";
import type { KnownMonument, Mention } from "./mentions";
import { tokenize } from "./mentions";
import { sentencesOf, type ArticleText, type Sentence } from "./text";

// Nouns that stand for a monument of that kind; a reference picks the latest monument named before
// it whose names hold the noun ("the temple" → "Temple of Baalshamin", "المعبد" → "معبد بعل شمين").
const KIND_NOUNS = ["temple", "statue", "arch", "theatre", "amphitheatre", "tower", "tombs", "museum", "castle", "citadel", "tetrapylon", "معبد", "تمثال", "قوس", "مسرح", "متحف", "قلعة", "مدفن"].map(
  (w) => normalizeName(w),
);
// Nouns that stand for whatever monument was last named, only after "this"/"that": "this structure".
const ANY_NOUNS = new Set(["structure", "monument", "building", "landmark", "site"]);
const DEMONSTRATIVES = new Set(["this", "that", "هذا", "هذه"]);
const DETERMINERS = new Set([...DEMONSTRATIVES, "the", "its"]);
// How far back a reference may reach: this paragraph and the two before it.
const PARAGRAPHS_BACK = 2;

const reportsDamage = (text: string) => [...EXTENT_RULES, ...METHOD_RULES].some(([, re]) => re.test(text));

export interface Reference extends Mention {
  /** The mention or sentence the reference leans on. */
  antecedent: string;
}

function nounsOf(m: KnownMonument): Set<string> {
  return new Set([m.name, ...m.names].flatMap((n) => tokenize(n).map((t) => t.key)).filter((k) => KIND_NOUNS.includes(k)));
}

function referencesIn(article: ArticleText, s: Sentence, before: Mention[], byId: Map<string, KnownMonument>): Reference[] {
  const text = article.text.slice(s.start, s.end);
  const tokens = tokenize(text);
  const near = before.filter((m) => m.paragraph >= s.paragraph - PARAGRAPHS_BACK);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const word = text.slice(t.start, t.end);
    const lead = tokens.slice(Math.max(0, i - 3), i).map((x) => x.key);
    // Arabic carries the article on the noun (المعبد); English needs a determiner within three words.
    const definite = lead.some((k) => DETERMINERS.has(k)) || /^(?:ال|وال|فال|بال)/.test(word);
    if (!definite) continue;
    const pointed = lead.some((k) => DEMONSTRATIVES.has(k));
    const antecedent = [...near].reverse().find((m) => (pointed && ANY_NOUNS.has(t.key)) || (KIND_NOUNS.includes(t.key) && nounsOf(byId.get(m.monumentId)!).has(t.key)));
    if (!antecedent) continue;
    const start = s.start + t.start;
    return [{ monumentId: antecedent.monumentId, start, end: s.start + t.end, text: word, paragraph: s.paragraph, antecedent: antecedent.text }];
  }
  return [];
}

/**
 * References in the sentences that name no monument, and the parts of a whole named in a sentence
 * right after the one that names the whole: each part is referred to where the whole is named.
 */
export function findReferences(article: ArticleText, mentions: Mention[], monuments: KnownMonument[]): Reference[] {
  const byId = new Map(monuments.map((m) => [m.id, m]));
  const sentences = sentencesOf(article);
  const inSentence = (s: Sentence) => mentions.filter((m) => m.start >= s.start && m.start < s.end);
  const out: Reference[] = [];
  sentences.forEach((s, i) => {
    const named = inSentence(s);
    if (!named.length) {
      out.push(...referencesIn(article, s, mentions.filter((m) => m.start < s.start), byId));
      return;
    }
    const prev = sentences[i - 1];
    if (!prev || prev.paragraph < s.paragraph - 1 || reportsDamage(article.text.slice(s.start, s.end))) return;
    const wholes = inSentence(prev);
    for (const part of named) {
      const parent = byId.get(part.monumentId)?.parent;
      const whole = parent ? wholes.find((w) => w.monumentId === parent) : undefined;
      if (whole && !out.some((r) => r.monumentId === part.monumentId && r.start === whole.start)) {
        out.push({ ...whole, monumentId: part.monumentId, antecedent: part.text });
      }
    }
  });
  return out;
}
