// The intake pipeline: extract → mentions → dates → suggest → match, each a pure stage. The
// server action loads the catalogue (monuments with their names, actors with their aliases and
// kinds, when the first hold on the site began, existing accounts and sources) and hands it in;
// the bench does the same from the dataset.

import { normalizeName } from "../names";
import { extractFromHtml, extractFromText, MAX_INPUT_CHARS, type Extraction } from "./extract";
import { languageName, primaryLanguage, readsLanguage } from "./language";
import { matchOccurrences, type Candidate, type ExistingAccount } from "./match";
import { findMentions, type KnownMonument, type Mention } from "./mentions";
import { findReferences } from "./references";
import { suggestClaims, type KnownActor, type Suggestion } from "./suggest";
import { normalizeUrl } from "./url";

export interface KnownSource {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
}

export interface Catalogue {
  monuments: KnownMonument[];
  actors: KnownActor[];
  /** The first day anyone's hold on the site began: where an unattributed, undated window opens. */
  siteOpenFrom: string | null;
  accounts: ExistingAccount[];
  sources: KnownSource[];
}

export type IntakeInput = { kind: "text" | "html"; body: string; url?: string | null };

export interface SuggestionWithMatches extends Suggestion {
  candidates: Candidate[];
}

export interface Analysis {
  extraction: Extraction;
  language: { tag: string | null; name: string | null; reads: boolean };
  mentions: Mention[];
  suggestions: SuggestionWithMatches[];
  existingSource: { id: string; title: string; why: "url" | "title and publisher" } | null;
  /** Messages the editor must see (nothing to analyse, an unread language, no known monument). */
  problems: string[];
}

export class IntakeRefused extends Error {}

export function extractInput(input: IntakeInput): Extraction {
  if (!input.body.trim()) throw new IntakeRefused("There is no text to read: paste the article's text, upload its saved page, or give its address.");
  if (input.body.length > MAX_INPUT_CHARS) {
    throw new IntakeRefused(`This is ${(input.body.length / 1_000_000).toFixed(1)} million characters; an article is rarely more than 100,000. Paste only the article's text.`);
  }
  return input.kind === "html" ? extractFromHtml(input.body, input.url) : extractFromText(input.body, input.url);
}

/**
 * The publisher already recorded for the article's address: the sources on the same host that
 * share the most leading path segments (bbc.com/arabic/… is BBC Arabic, bbc.com/news/… is not),
 * when they all name one publisher. A pasted text rarely prints its publisher; its address does.
 */
export function publisherOfAddress(url: string | null, sources: KnownSource[]): string | null {
  const key = normalizeUrl(url);
  if (!key || !key.includes(".")) return null;
  const [host, ...path] = key.split("/");
  let best = 0;
  let names = new Set<string>();
  for (const s of sources) {
    const [h, ...p] = normalizeUrl(s.url)?.split("/") ?? [];
    if (h !== host) continue;
    let shared = 0;
    while (shared < Math.min(path.length, p.length - 1) && path[shared] === p[shared]) shared++;
    if (shared > best) {
      best = shared;
      names = new Set();
    }
    if (shared === best) names.add(s.publisher);
  }
  return names.size === 1 ? [...names][0]! : null;
}

export function findExistingSource(x: Extraction, sources: KnownSource[]): Analysis["existingSource"] {
  const url = normalizeUrl(x.source.canonicalUrl);
  const byUrl = url ? sources.find((s) => normalizeUrl(s.url) === url) : undefined;
  if (byUrl) return { id: byUrl.id, title: byUrl.title, why: "url" };
  const t = x.source.title && normalizeName(x.source.title);
  const p = x.source.publisher && normalizeName(x.source.publisher);
  const byTitle = t && p ? sources.find((s) => normalizeName(s.title) === t && normalizeName(s.publisher) === p) : undefined;
  return byTitle ? { id: byTitle.id, title: byTitle.title, why: "title and publisher" } : null;
}

export function analyzeExtraction(extraction: Extraction, cat: Catalogue): Analysis {
  const problems: string[] = [];
  if (!extraction.source.publisher) {
    const recorded = publisherOfAddress(extraction.source.canonicalUrl, cat.sources);
    if (recorded) {
      extraction.source.publisher = recorded;
      extraction.origins.publisher = "recorded for this address";
    }
  }
  const { article, source } = extraction;
  const tag = source.language;
  const reads = readsLanguage(tag);
  if (!article.text.trim()) problems.push("No article text was found on this page. Paste the text instead.");
  if (tag && !reads) {
    problems.push(
      `This article seems to be in ${languageName(tag)}, which the assistant does not read: it looked only for monument names. Enter the claims with the damage report form.`,
    );
  }
  const mentions = findMentions(article, cat.monuments);
  if (article.text.trim() && !mentions.length) problems.push("No monument in the database is named in this text. Add the monument first, or use the damage report form to add a new one.");
  const suggestions = reads || !tag
    ? suggestClaims(article, [...mentions, ...findReferences(article, mentions, cat.monuments)].sort((a, b) => a.start - b.start), { published: source.publishedDate, language: primaryLanguage(tag), actors: cat.actors, siteOpenFrom: cat.siteOpenFrom })
    : [];
  return {
    extraction,
    language: { tag, name: tag ? languageName(tag) : null, reads },
    mentions,
    suggestions: suggestions.map((s) => ({
      ...s,
      candidates: matchOccurrences(
        {
          monumentId: s.monumentId, dateEarliest: s.date.earliest, dateLatest: s.date.latest, extent: s.extent, method: s.method, actorId: s.actorId,
          figureLabel: s.figure?.label ?? null, figureValue: s.figure?.value ?? null,
        },
        cat.accounts,
      ),
    })),
    existingSource: findExistingSource(extraction, cat.sources),
    problems,
  };
}

export function analyzeArticle(input: IntakeInput, cat: Catalogue): Analysis {
  return analyzeExtraction(extractInput(input), cat);
}
