// npm run bench:intake — the intake assistant over the annotated set built from data/palmyra: one
// article per source file with claims, made of that file's quoted passages only, wrapped in a page
// of our own making (metadata styles rotate). Prints precision and recall per field.
// `--misses` lists what was missed; with WIDE=N also every window more than N days wider than the gold.
import { readFileSync } from "node:fs";
import { loadPalmyra } from "../lib/dataset/palmyra";
import { analyzeArticle, type Catalogue } from "../lib/intake/analyze";
import { TEMPLATES, benchNamedSchema, buildBenchArticle, goldMonuments, pr, precision, recall, renderBenchPage, sharesPassage, windowContains, type PR } from "../lib/intake/bench";
import { matchOccurrences, type ExistingAccount } from "../lib/intake/match";
import { quoteKey } from "../lib/intake/text";

const data = loadPalmyra();
const files = data.sources.filter((f) => f.claims.length > 0);
// Monuments the passages name in passing, without a claim or fact about them: gold mentions too.
const named = benchNamedSchema.parse(JSON.parse(readFileSync("lib/intake/fixtures/bench-named.json", "utf8"))).named;
const catalogueBase = {
  monuments: data.monuments.map((m) => ({ id: m.slug, name: m.name, names: m.names.map((n) => n.value), parent: m.parent })),
  actors: data.actors.map((a) => ({ id: a.slug, name: a.name, kind: a.kind, aliases: a.aliases.map((x) => x.value) })),
  siteOpenFrom: data.controlPeriods.map((c) => c.startEarliest).sort()[0] ?? null,
};
// Every account in the dataset, linked to the first account of its occurrence (as sameAsId does).
const roots = new Map<string, string>();
const allAccounts: (ExistingAccount & { source: string; occurrence: string })[] = [];
for (const f of data.sources) {
  for (const c of f.claims) {
    if (!roots.has(c.occurrence)) roots.set(c.occurrence, c.key);
    allAccounts.push({
      id: c.key, sameAsId: roots.get(c.occurrence) === c.key ? null : roots.get(c.occurrence)!, monumentId: c.monument, dateEarliest: c.dateEarliest, dateLatest: c.dateLatest,
      extent: c.extent, method: c.method, actorId: c.actor, figureLabel: c.figure?.label ?? null, figureValue: c.figure?.value ?? null, description: c.description,
      source: f.source.slug, occurrence: c.occurrence,
    });
  }
}
const occurrenceOfKey = new Map(allAccounts.map((a) => [a.id, a.occurrence]));
/** The accounts other sources hold, re-rooted so no link points into the left-out source. */
function othersThan(slug: string): ExistingAccount[] {
  const kept = allAccounts.filter((a) => a.source !== slug);
  const first = new Map<string, string>();
  return kept.map((a) => {
    const root = first.get(a.occurrence);
    if (!root) first.set(a.occurrence, a.id);
    return { ...a, sameAsId: root ?? null };
  });
}

const mentions = pr();
const claims = pr();
const fields: Record<"extent" | "method" | "actor" | "attribution", PR> = { extent: pr(), method: pr(), actor: pr(), attribution: pr() };
let dateHit = 0, dateAligned = 0, dateTotal = 0, dateBounded = 0;
const extraDays: number[] = [];
const meta = { title: 0, publisher: 0, date: 0, dated: 0, n: 0, pastes: 0, pastePublisher: 0, barePublisher: 0 };
const matchGold = { right: 0, n: 0 };
const matchSuggested = { right: 0, n: 0 };
const perLanguage = new Map<string, { n: number; claims: PR }>();
const misses: string[] = [];
const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

files.forEach((file, i) => {
  const article = buildBenchArticle(file);
  const template = TEMPLATES[i % TEMPLATES.length]!;
  const page = renderBenchPage(article, template);
  const existing = othersThan(file.source.slug);
  // The sources other files record (never this one): what the intake knows of publishers and addresses.
  const sources = data.sources.filter((f) => f !== file).map((f) => ({ id: f.source.slug, title: f.source.title, publisher: f.source.publisher, url: f.source.url ?? null }));
  const cat: Catalogue = { ...catalogueBase, accounts: existing, sources };
  // A paste comes with the address it was copied from, as the intake form asks.
  const a = analyzeArticle({ kind: page.kind, body: page.body, url: page.kind === "text" ? (file.source.url ?? null) : null }, cat);
  const s = a.extraction.source;
  const gold = file.source;
  const lang = gold.language.split("-")[0]!;
  const L = perLanguage.get(lang) ?? { n: 0, claims: pr() };
  L.n++;
  perLanguage.set(lang, L);

  meta.n++;
  if (s.title === gold.title) meta.title++;
  else misses.push(`title [${template}] ${gold.slug}: ${JSON.stringify(s.title)}`);
  if (page.kind === "text") meta.pastes++;
  if (s.publisher === gold.publisher) {
    meta.publisher++;
    if (page.kind === "text") meta.pastePublisher++;
  }
  else misses.push(`publisher [${template}] ${gold.slug}: ${JSON.stringify(s.publisher)}`);
  if (page.kind === "text") {
    // The same paste cut before the page's credit line (only the article's own paragraphs copied).
    const bare = analyzeArticle({ kind: "text", body: page.body.slice(0, page.body.lastIndexOf("\n\n©")), url: file.source.url ?? null }, cat);
    if (bare.extraction.source.publisher === gold.publisher) meta.barePublisher++;
  }
  if (gold.publishedPrecision === "EXACT_DAY" || gold.publishedPrecision === "REPORTED_DAY") {
    meta.dated++;
    if (s.publishedDate === gold.publishedLatest) meta.date++;
    else misses.push(`date [${template}] ${gold.slug}: ${s.publishedDate}`);
  }

  const found = new Set(a.mentions.map((m) => m.monumentId));
  const want = goldMonuments(file, named);
  for (const m of found) {
    if (want.has(m)) mentions.tp++;
    else {
      mentions.fp++;
      misses.push(`mention fp ${gold.slug}: ${m}`);
    }
  }
  for (const m of want) {
    if (found.has(m)) continue;
    mentions.fn++;
    misses.push(`mention fn ${gold.slug}: ${m}`);
  }

  const used = new Set<string>();
  for (const c of file.claims) {
    dateTotal++;
    const same = a.suggestions.filter((x) => x.monumentId === c.monument);
    // The suggestion that quotes the claim's passage and reads the same extent, else the nearest to that.
    const fit = (x: (typeof same)[number]) => (sharesPassage([x.quote.quote, ...x.more.map((q) => q.quote)], c) ? 2 : 0) + (x.extent === c.extent ? 1 : 0);
    const sug = same.map((x) => ({ x, f: fit(x) })).sort((a, b) => b.f - a.f)[0]?.x;
    if (!sug) {
      claims.fn++;
      L.claims.fn++;
      misses.push(`claim fn ${c.key}`);
      continue;
    }
    used.add(sug.key);
    const score = (f: PR, got: string | null, want: string | null) => {
      if (got !== null && got === want) f.tp++;
      else if (got !== want) {
        misses.push(`${Object.keys(fields).find((k) => fields[k as keyof typeof fields] === f)} ${c.key}: got ${got}, want ${want}`);
        if (got !== null) f.fp++;
        if (want !== null) f.fn++;
      }
    };
    score(fields.extent, sug.extent, c.extent);
    score(fields.method, sug.method === "UNKNOWN" ? null : sug.method, c.method === "UNKNOWN" ? null : c.method);
    score(fields.actor, sug.actorId, c.actor);
    score(fields.attribution, sug.attribution, c.attribution);
    dateAligned++;
    const g = { earliest: c.dateEarliest, latest: c.dateLatest };
    if (windowContains(sug.date, g)) {
      dateHit++;
      if (sug.date.earliest && sug.date.latest && g.earliest && g.latest) {
        dateBounded++;
        extraDays.push(days(sug.date.earliest, sug.date.latest) - days(g.earliest, g.latest));
        if (process.env.WIDE && extraDays.at(-1)! > Number(process.env.WIDE)) misses.push(`wide ${c.key}: suggested ${sug.date.earliest}/${sug.date.latest} (${sug.date.reason}) gold ${g.earliest}/${g.latest} “${c.dateText ?? ""}”`);
      }
    } else misses.push(`date ${c.key}: suggested ${sug.date.earliest}/${sug.date.latest} (${sug.date.reason}) gold ${g.earliest}/${g.latest} “${c.dateText ?? ""}”`);

    // Occurrence matching: right when it names the occurrence other sources recorded, or "new" when none did.
    const want = existing.some((e) => occurrenceOfKey.get(e.id) === c.occurrence) ? c.occurrence : "new";
    const judge = (p: Parameters<typeof matchOccurrences>[0], tally: { right: number; n: number }, label: string) => {
      const best = matchOccurrences(p, existing)[0];
      const got = best ? occurrenceOfKey.get(best.rootId)! : "new";
      tally.n++;
      if (got === want) tally.right++;
      else if (label === "gold") misses.push(`match ${c.key}: got ${got}, want ${want}`);
    };
    judge({ monumentId: c.monument, dateEarliest: c.dateEarliest, dateLatest: c.dateLatest, extent: c.extent, method: c.method, actorId: c.actor, figureLabel: null, figureValue: null }, matchGold, "gold");
    judge({ monumentId: sug.monumentId, dateEarliest: sug.date.earliest, dateLatest: sug.date.latest, extent: sug.extent, method: sug.method, actorId: sug.actorId, figureLabel: null, figureValue: null }, matchSuggested, "suggested");
    claims.tp++;
    L.claims.tp++;
  }
  for (const x of a.suggestions) {
    if (used.has(x.key)) continue;
    claims.fp++;
    L.claims.fp++;
    misses.push(`claim fp ${gold.slug}: ${x.monumentId} “${quoteKey(x.quote.quote).slice(0, 90)}”`);
  }
});

const f2 = (n: number) => n.toFixed(2);
const row = (name: string, x: PR) => `${name.padEnd(24)} precision ${f2(precision(x))}  recall ${f2(recall(x))}  (tp ${x.tp}, fp ${x.fp}, fn ${x.fn})`;
const median = (xs: number[]) => (xs.length ? xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : NaN);
console.log(`intake bench: ${files.length} articles (${[...perLanguage].map(([l, v]) => `${l} ${v.n}`).join(", ")}), ${dateTotal} gold claims; page styles rotate: ${TEMPLATES.join(", ")}\n`);
console.log(row("monument mentions", mentions) + "   target recall ≥ 0.95, precision ≥ 0.90");
console.log(row("claims (aligned)", claims));
for (const [k, v] of Object.entries(fields)) console.log(row(`  ${k}`, v));
console.log(`date window contains the gold window: ${dateHit}/${dateTotal} gold claims = ${f2(dateHit / dateTotal)} (${dateHit}/${dateAligned} of those suggested)   target ≥ 0.90`);
// How much wider than the text allows: the gold window is what the passage supports, so every day
// beyond it is a day the suggestion could not justify.
const within = (lo: number, hi: number) => extraDays.filter((d) => d > lo && d <= hi).length;
console.log(`  width beyond the gold window (bounded hits, ${dateBounded}): median ${median(extraDays)} days; as wide as the gold ${within(-1, 0)}, ≤ 7 days wider ${within(0, 7)}, ≤ 31 ${within(7, 31)}, ≤ 366 ${within(31, 366)}, more ${within(366, Infinity)}`);
// A pasted text names no publisher unless its words do: the split shows what pages give and what pastes cannot.
const pages = meta.n - meta.pastes;
console.log(`source title exact ${meta.title}/${meta.n} = ${f2(meta.title / meta.n)}; publisher exact ${meta.publisher}/${meta.n} = ${f2(meta.publisher / meta.n)}; date exact ${meta.date}/${meta.dated} = ${f2(meta.date / meta.dated)}   target ≥ 0.90`);
console.log(`  publisher exact: HTML pages ${meta.publisher - meta.pastePublisher}/${pages}, pasted text ${meta.pastePublisher}/${meta.pastes} (copied headline to footer, with the page's credit line); the same pastes cut before the credit line ${meta.barePublisher}/${meta.pastes} (then only another source recorded at the same address names the publisher)`);
console.log(`occurrence match right: from gold fields ${matchGold.right}/${matchGold.n} = ${f2(matchGold.right / matchGold.n)}; from suggested fields ${matchSuggested.right}/${matchSuggested.n} = ${f2(matchSuggested.right / matchSuggested.n)}   target ≥ 0.90`);
for (const [l, v] of perLanguage) console.log(`  ${l}: ${v.n} articles, ${row("claims", v.claims)}`);
if (process.argv.includes("--misses")) console.log(`\n${misses.join("\n")}`);
