// Stage 4: a suggested claim for each monument a sentence reports damage to (or use of). Each
// field keeps the words that support it (offsets into the article), so the review screen can show
// why, and the editor accepts, edits or drops it. One sentence may support several claims (one
// per monument it names); a monument named in several damage sentences with the same extent gets
// one claim quoting the first and listing the others as further passages.

import type { ActorKind, Attribution, DamageExtent, DamageMethod } from "../domain";
import { normalizeName } from "../names";
import { resolveClaimDate, type DateWindow } from "./dates";
import { ATTRIBUTION_RULES, EXTENT_RULES, METHOD_RULES, findColumnsFigure } from "./lexicon";
import type { Mention } from "./mentions";
import { tokenize } from "./mentions";
import { selectorFor, sentencesOf, type ArticleText, type QuoteSelector, type Sentence } from "./text";

export interface KnownActor {
  id: string;
  name: string;
  aliases: string[];
  kind: ActorKind;
}

export interface Evidence {
  text: string;
  start: number;
  end: number;
}

export type EvidenceField = "extent" | "method" | "actor" | "attribution" | "date" | "figure";

export interface Suggestion {
  key: string;
  monumentId: string;
  quote: QuoteSelector;
  /** Further passages about the same monument and extent. */
  more: QuoteSelector[];
  extent: DamageExtent | null;
  method: DamageMethod;
  actorId: string | null;
  attribution: Attribution | null;
  figure: { label: string; value: number } | null;
  date: DateWindow;
  evidence: Partial<Record<EvidenceField, Evidence>>;
}

export interface SuggestOptions {
  published: string | null;
  language: string | null;
  actors: KnownActor[];
  /**
   * The start of the first hold on the site by anyone: where an undated claim's window opens. Not the
   * named actor's own hold: forces fighting their way in (or out) do damage before (or after) it.
   */
  siteOpenFrom: string | null;
}

function firstRule<T>(rules: [T, RegExp][], text: string): { value: T; index: number; text: string } | null {
  for (const [value, re] of rules) {
    const m = re.exec(text);
    if (m) {
      const lead = m[0].length - m[0].trimStart().length;
      return { value, index: m.index + lead, text: m[0].trim() };
    }
  }
  return null;
}

/** Actors named in a stretch of text, by alias; short capitalised aliases ("IS") only as printed. */
export function findActors(text: string, actors: KnownActor[]): { actorId: string; index: number; text: string }[] {
  const tokens = tokenize(text);
  const keys = actors.flatMap((a) =>
    [a.name, ...a.aliases].map((alias) => ({
      actorId: a.id,
      words: alias.split(/\s+/).length,
      key: normalizeName(alias).replace(/ /g, ""),
      exact: alias.length <= 4 && alias === alias.toUpperCase() ? alias : null,
    })),
  );
  const found: { actorId: string; index: number; text: string; len: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const k of keys) {
      const run = tokens.slice(i, i + k.words);
      if (run.length < k.words || run.map((t) => t.key).join("") !== k.key) continue;
      const surface = text.slice(run[0]!.start, run[run.length - 1]!.end);
      if (k.exact && surface.replace(/['’]s$/, "") !== k.exact) continue;
      found.push({ actorId: k.actorId, index: run[0]!.start, text: surface, len: surface.length });
    }
  }
  // Longest wording at a position ("Islamic State group" over "Islamic State").
  return found.sort((a, b) => a.index - b.index || b.len - a.len).filter((f, i, all) => i === 0 || all[i - 1]!.index !== f.index);
}

const ev = (base: number, f: { index: number; text: string } | null): Evidence | undefined =>
  f ? { text: f.text, start: base + f.index, end: base + f.index + f.text.length } : undefined;

function sentenceOf(sentences: Sentence[], offset: number): Sentence | undefined {
  return sentences.find((s) => offset >= s.start && offset < s.end);
}

/** The actor most named in the whole article (of one kind, when given), for a sentence that names none. */
function mainActor(article: ArticleText, actors: KnownActor[], kind?: ActorKind) {
  const counts = new Map<string, number>();
  const eligible = kind ? actors.filter((a) => a.kind === kind) : actors;
  for (const f of findActors(article.text, eligible)) counts.set(f.actorId, (counts.get(f.actorId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

// A sentence that calls the perpetrators "the militants", "the jihadists", "the group" speaks of an
// armed group, not of an army: the group the article names most is meant, even where the article
// names the army more often ("after the Syrian army retook the town, … the militants had destroyed").
const GROUP_WORDS =
  /\b(?:militants?|jihadists?|extremists?|terrorists?|insurgents?|the (?:jihadist |extremist |militant )?group|miliziani|jihadistes?|terroristes|Dschihadisten|Extremisten|Terroristen|Terrormiliz)\b|مسلحي|مسلحو|متشددي|متشددو|التنظيم|الإرهابيين/i;

export function suggestClaims(article: ArticleText, mentions: Mention[], opts: SuggestOptions): Suggestion[] {
  const sentences = sentencesOf(article);
  const fallbackActor = mainActor(article, opts.actors);
  const fallbackGroup = mainActor(article, opts.actors, "ARMED_GROUP");
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  for (const mention of mentions) {
    const s = sentenceOf(sentences, mention.start);
    if (!s) continue;
    const id = `${mention.monumentId}@${s.start}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const text = article.text.slice(s.start, s.end);
    const extent = firstRule(EXTENT_RULES, text);
    const method = firstRule(METHOD_RULES, text);
    if (!extent && !method) continue;
    const inSentence = findActors(text, opts.actors);
    const actorFound = inSentence[0] ?? null;
    const fallback = GROUP_WORDS.test(text) ? (fallbackGroup ?? fallbackActor) : fallbackActor;
    const actorId = actorFound?.actorId ?? (extent?.value === "NONE" ? null : fallback);
    const attribution = actorId ? (firstRule(ATTRIBUTION_RULES, text) ?? null) : null;
    const figure = findColumnsFigure(text);
    const date = resolveClaimDate(text, s.start, mention.start - s.start, { published: opts.published, language: opts.language, openFrom: opts.siteOpenFrom });
    // Damage words decide the extent; a method alone (explosives, looting) says it was damaged, and
    // military use says nothing about damage.
    const extentValue = extent ? (extent.value === "USE" ? null : extent.value) : method?.value === "MILITARY_USE" ? null : "DAMAGED";
    const methodValue: DamageMethod = method?.value ?? (extent?.value === "USE" ? "MILITARY_USE" : "UNKNOWN");
    const evidence: Suggestion["evidence"] = {
      extent: ev(s.start, extent),
      method: ev(s.start, method),
      actor: ev(s.start, actorFound),
      attribution: ev(s.start, attribution),
      figure: ev(s.start, figure),
      date: date.start !== null ? { text: date.text!, start: date.start, end: date.end! } : undefined,
    };
    const suggestion: Suggestion = {
      key: id,
      monumentId: mention.monumentId,
      quote: selectorFor(article, s.start, s.end),
      more: [],
      extent: extentValue,
      method: methodValue,
      actorId,
      attribution: actorId ? (attribution?.value ?? "ALLEGED") : null,
      figure: figure ? { label: "columns still standing", value: figure.value } : null,
      date,
      evidence,
    };
    // The same account told again: same monument, extent and window. A different window is another
    // account (the official's "10 days earlier" beside the survey's "between Aug. 27 and Wednesday").
    const same = out.find(
      (o) => o.monumentId === suggestion.monumentId && o.extent === suggestion.extent && o.date.earliest === date.earliest && o.date.latest === date.latest,
    );
    if (same) {
      same.more.push(suggestion.quote);
      if (same.method === "UNKNOWN" && suggestion.method !== "UNKNOWN") {
        same.method = suggestion.method;
        same.evidence.method = suggestion.evidence.method;
      }
      if (!same.figure && suggestion.figure) same.figure = suggestion.figure;
      continue;
    }
    out.push(suggestion);
  }
  return out;
}
