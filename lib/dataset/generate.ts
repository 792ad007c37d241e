// A generated dataset for scale tests (`npm run data:generate`): deterministic for a seed, shaped
// like the real record — names in Latin and Arabic script, components under their whole, dated
// windows of every precision, several accounts of one occurrence that sometimes disagree, quotes
// in the source's language. Pure: records come out in batches; scripts/data-generate.ts writes them.

export interface GenerateSizes {
  sites: number;
  monuments: number;
  events: number;
  sources: number;
}

/** Upper bounds: beyond them a run would take hours on one machine, or a typo asked for it. */
export const SIZE_LIMITS: GenerateSizes = { sites: 10_000, monuments: 1_000_000, events: 10_000_000, sources: 2_000_000 };

/** Sizes that cannot make a dataset, as messages (empty when they can). */
export function checkSizes(s: GenerateSizes): string[] {
  const errors: string[] = [];
  for (const k of Object.keys(SIZE_LIMITS) as (keyof GenerateSizes)[]) {
    const v = s[k];
    if (!Number.isSafeInteger(v) || v < 0) errors.push(`--${k} must be a whole number ≥ 0 (got ${v})`);
    else if (v > SIZE_LIMITS[k]) errors.push(`--${k} ${v} is more than ${SIZE_LIMITS[k]}`);
  }
  if (errors.length) return errors;
  if (s.sites < 1) errors.push("--sites must be at least 1: every monument stands at a site");
  if (s.monuments < s.sites) errors.push(`--monuments ${s.monuments} is fewer than --sites ${s.sites}: every site needs a monument`);
  if (s.events > 0 && s.sources < 1) errors.push("--events needs at least one source: every claim is quoted from one");
  if (s.events > 0 && s.monuments < 1) errors.push("--events needs at least one monument");
  return errors;
}

/** mulberry32: a small seeded PRNG, so a seed always gives the same dataset. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const weighted = <T>(pairs: readonly (readonly [T, number])[]): T => {
    let r = next() * pairs.reduce((s, [, w]) => s + w, 0);
    for (const [v, w] of pairs) if ((r -= w) < 0) return v;
    return pairs[pairs.length - 1]![0];
  };
  return { next, int, pick, weighted };
}

const PLACES = [
  ["Aleppo", "حلب"], ["Homs", "حمص"], ["Hama", "حماة"], ["Raqqa", "الرقة"], ["Deir ez-Zor", "دير الزور"], ["Idlib", "إدلب"],
  ["Bosra", "بصرى"], ["Apamea", "أفاميا"], ["Ebla", "إيبلا"], ["Mari", "ماري"], ["Dura-Europos", "دورا أوروبوس"], ["Resafa", "الرصافة"],
  ["Maaloula", "معلولا"], ["Qalaat Semaan", "قلعة سمعان"], ["Halabiye", "حلبية"], ["Tell Halaf", "تل حلف"], ["Nimrud", "نمرود"],
  ["Hatra", "الحضر"], ["Nineveh", "نينوى"], ["Mosul", "الموصل"], ["Ashur", "آشور"], ["Samarra", "سامراء"], ["Tell Ajaja", "تل عجاجة"],
  ["Serjilla", "سرجيلا"], ["Al-Bara", "البارة"], ["Shahba", "شهبا"], ["Qanawat", "قنوات"], ["Salamiyah", "السلمية"], ["Tartus", "طرطوس"],
  ["Jableh", "جبلة"], ["Maarat al-Numan", "معرة النعمان"], ["Afrin", "عفرين"], ["Ain Dara", "عين دارة"], ["Cyrrhus", "النبي هوري"],
] as const;

// [type, English pattern, Arabic pattern]; {p} is the place, {n} a name.
const KINDS = [
  ["TEMPLE", "Temple of {n}", "معبد {n}"],
  ["OTHER", "Great Mosque of {p}", "الجامع الكبير في {p}"],
  ["CASTLE", "Citadel of {p}", "قلعة {p}"],
  ["OTHER", "Church of Saint {n}", "كنيسة القديس {n}"],
  ["TOMB", "Tomb of {n}", "مدفن {n}"],
  ["TOMB_GROUP", "Valley of the Tombs, {p}", "وادي القبور في {p}"],
  ["THEATRE", "Theatre of {p}", "مسرح {p}"],
  ["ARCH", "Arch of {n}", "قوس {n}"],
  ["MUSEUM", "Museum of {p}", "متحف {p}"],
  ["OTHER", "Souq of {p}", "سوق {p}"],
] as const;
const PERSONS = [
  ["Bel", "بل"], ["Baalshamin", "بعل شمين"], ["Nabu", "نبو"], ["Simeon", "سمعان"], ["Sergius", "سركيس"], ["Elahbel", "إلحبل"],
  ["Jamblique", "يمليكو"], ["Zenobia", "زنوبيا"], ["Odaenathus", "أذينة"], ["Julian", "جوليان"], ["George", "جرجس"], ["Thecla", "تقلا"],
] as const;
const PARTS = [["facade", "واجهة"], ["cella", "قدس الأقداس"], ["colonnade", "رواق الأعمدة"], ["minaret", "مئذنة"], ["gate", "بوابة"]] as const;

const PUBLISHERS = [
  ["Reuters", "en", "NEWS_ARTICLE"], ["Agence France-Presse", "fr", "NEWS_ARTICLE"], ["Associated Press", "en", "NEWS_ARTICLE"],
  ["SANA", "ar", "NEWS_ARTICLE"], ["Al Jazeera", "ar", "NEWS_ARTICLE"], ["BBC News Arabic", "ar", "NEWS_ARTICLE"], ["Enab Baladi", "ar", "NEWS_ARTICLE"],
  ["The Guardian", "en", "NEWS_ARTICLE"], ["Le Monde", "fr", "NEWS_ARTICLE"], ["UNOSAT", "en", "SATELLITE_ASSESSMENT"],
  ["ASOR Cultural Heritage Initiatives", "en", "NGO_REPORT"], ["DGAM", "ar", "OFFICIAL_STATEMENT"], ["UNESCO", "en", "OFFICIAL_STATEMENT"],
] as const;
const ACTORS = [
  ["gen-islamic-state", "Islamic State", "ARMED_GROUP"], ["gen-government-forces", "Government forces", "STATE_FORCES"],
  ["gen-opposition-groups", "Armed opposition groups", "ARMED_GROUP"], ["gen-coalition", "International coalition", "FOREIGN_FORCES"],
  ["gen-foreign-air-force", "Foreign air force", "FOREIGN_FORCES"],
] as const;
const EXTENTS = [["DESTROYED", 3], ["SEVERE", 3], ["MODERATE", 4], ["DAMAGED", 5], ["POSSIBLE", 2], ["NONE", 1], [null, 1]] as const;
const METHODS = [["SHELLING", 5], ["AIR_STRIKE", 4], ["EXPLOSIVES", 2], ["LOOTING", 3], ["BULLDOZING", 1], ["DEMOLITION", 1], ["VANDALISM", 1], ["MILITARY_USE", 2], ["UNKNOWN", 2]] as const;
const CONFIDENCE = [["CONFIRMED", 2], ["PROBABLE", 3], ["REPORTED", 6], ["CONTESTED", 1], ["DISCOUNTED", 0.3]] as const;
const EXTENT_WORDS: Record<string, [string, string, string]> = {
  DESTROYED: ["was destroyed", "a été détruit", "دُمّر بالكامل"],
  SEVERE: ["was severely damaged", "a été gravement endommagé", "تعرّض لأضرار جسيمة"],
  MODERATE: ["was partly damaged", "a été en partie endommagé", "تعرّض لأضرار جزئية"],
  DAMAGED: ["was damaged", "a été endommagé", "تضرّر"],
  POSSIBLE: ["may have been damaged", "aurait été endommagé", "ربما تضرّر"],
  NONE: ["was found intact", "a été retrouvé intact", "بقي سليماً"],
  USE: ["was used as a military position", "a servi de position militaire", "استُخدم موقعاً عسكرياً"],
};

const DAY = 86_400_000;
const START = Date.UTC(2011, 2, 15);
const SPAN_DAYS = 9 * 365;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const slugOf = (s: string) => s.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

export interface GenSite { id: string; slug: string; name: string; nameAr: string; country: string; countryCode: string; latitude: number; longitude: number }
export interface GenMonument {
  id: string; slug: string; siteId: string; name: string; nameAr: string; latin: string; type: string; parentId: string | null;
  latitude: number | null; longitude: number | null; locationPrecision: string; state: string;
}
export interface GenSource {
  id: string; slug: string; title: string; publisher: string; language: string; kind: string; url: string;
  publishedEarliest: string; publishedLatest: string; publishedPrecision: string; state: string; authors: string[];
}
export interface GenEvent {
  id: string; monumentId: string; sameAsId: string | null; dateEarliest: string | null; dateLatest: string | null; datePrecision: string; dateText: string | null;
  method: string; extent: string | null; actorId: string | null; attribution: string | null; confidence: string; description: string; state: string;
  figureLabel: string | null; figureValue: number | null;
}
export interface GenCitation { id: string; sourceId: string; damageEventId: string; quote: string; prefix: string; suffix: string; paragraph: number }

export const GENERATED_ACTORS = ACTORS.map(([slug, name, kind]) => ({ id: slug, slug, name, kind }));

/** The sites, and the monuments of each (whole before its parts), as one list each. */
export function generatePlaces(sizes: GenerateSizes, seed: number) {
  const r = rng(seed);
  const sites: GenSite[] = Array.from({ length: sizes.sites }, (_, i) => {
    const [name, ar] = PLACES[i % PLACES.length]!;
    const round = Math.floor(i / PLACES.length);
    const suffix = round ? ` ${round + 1}` : "";
    return {
      id: `gen-site-${i}`, slug: `${slugOf(name)}${round ? `-${round + 1}` : ""}`, name: `${name}${suffix}`, nameAr: `${ar}${suffix ? ` ${round + 1}` : ""}`,
      country: i % 5 === 4 ? "Iraq" : "Syria", countryCode: i % 5 === 4 ? "IQ" : "SY", latitude: 32.5 + r.next() * 4.5, longitude: 36 + r.next() * 6,
    };
  });
  const monuments: GenMonument[] = [];
  for (let i = 0; i < sizes.monuments; i++) {
    // Every site gets one monument first, then the rest fall on sites unevenly (big sites, small sites).
    const site = i < sites.length ? sites[i]! : sites[Math.floor(sites.length * Math.pow(r.next(), 2))]!;
    const siblings = monuments.length && r.next() < 0.12 ? monuments[monuments.length - 1 - r.int(Math.min(20, monuments.length))]! : null;
    const parent = siblings && siblings.siteId === site.id && siblings.parentId === null ? siblings : null;
    const precision = r.weighted([["EXACT", 6], ["APPROXIMATE", 2], ["SITE", 2]] as const);
    let name: string, nameAr: string, type: string;
    if (parent) {
      const [part, partAr] = r.pick(PARTS);
      name = `${parent.name}: ${part}`;
      nameAr = `${partAr} ${parent.nameAr}`;
      type = "ARCHITECTURAL_ELEMENT";
    } else {
      const [t, en, ar] = r.pick(KINDS);
      const [person, personAr] = r.pick(PERSONS);
      name = en.replace("{p}", site.name).replace("{n}", person);
      nameAr = ar.replace("{p}", site.nameAr).replace("{n}", personAr);
      type = t;
    }
    const lat = precision === "SITE" ? null : site.latitude + (r.next() - 0.5) * 0.02;
    const lon = precision === "SITE" ? null : site.longitude + (r.next() - 0.5) * 0.02;
    monuments.push({
      id: `gen-monument-${i}`, slug: `${slugOf(name)}-${i}`, siteId: site.id, name, nameAr, latin: slugOf(name).replace(/-/g, " "), type, parentId: parent?.id ?? null,
      latitude: lat, longitude: lon, locationPrecision: precision, state: r.next() < 0.97 ? "PUBLISHED" : "DRAFT",
    });
  }
  return { sites, monuments };
}

/** Source i's publisher, from its number alone, so a quote can be written in its language. */
const publisherOf = (i: number) => PUBLISHERS[(i * 7 + (i >> 3)) % PUBLISHERS.length]!;

/** Sources in batches, dated 2011–2020, in their publishers' languages. */
export function* generateSources(sizes: GenerateSizes, seed: number, batch = 2000): Generator<GenSource[]> {
  const r = rng(seed + 1);
  let out: GenSource[] = [];
  for (let i = 0; i < sizes.sources; i++) {
    const [publisher, language, kind] = publisherOf(i);
    const day = START + r.int(SPAN_DAYS + 400) * DAY;
    const monthOnly = r.next() < 0.08;
    const earliest = monthOnly ? Date.UTC(new Date(day).getUTCFullYear(), new Date(day).getUTCMonth(), 1) : day;
    const latest = monthOnly ? Date.UTC(new Date(day).getUTCFullYear(), new Date(day).getUTCMonth() + 1, 0) : day;
    const title = language === "ar" ? `أضرار جديدة في المواقع الأثرية (${i})` : language === "fr" ? `Nouveaux dégâts sur les sites antiques (${i})` : `New damage to ancient sites reported (${i})`;
    out.push({
      id: `gen-source-${i}`, slug: `gen-${slugOf(publisher)}-${i}`, title, publisher, language, kind, url: `https://news.example/${slugOf(publisher)}/${i}`,
      publishedEarliest: iso(earliest), publishedLatest: iso(latest), publishedPrecision: monthOnly ? "MONTH" : "EXACT_DAY", state: r.next() < 0.98 ? "PUBLISHED" : "DRAFT",
      authors: r.next() < 0.5 ? [`${r.pick(["Sara", "Omar", "Lina", "Karim", "Anne", "David"])} ${r.pick(["Haddad", "Khalil", "Martin", "Nasser", "Smith"])}`] : [],
    });
    if (out.length === batch) {
      yield out;
      out = [];
    }
  }
  if (out.length) yield out;
}

interface Occurrence { id: string; start: number; days: number; extent: string | null; method: string; actorId: string | null }

/**
 * Events (claims) and their citations, in batches. About a third of the claims are further accounts
 * of an occurrence already told (sameAsId → its first account); some of those disagree on the
 * extent or the date. Monuments draw claims unevenly: a few are reported on again and again.
 */
export function* generateEvents(sizes: GenerateSizes, monuments: GenMonument[], seed: number, batch = 2000): Generator<{ events: GenEvent[]; citations: GenCitation[] }> {
  const r = rng(seed + 2);
  const occurrences = new Map<string, Occurrence[]>();
  let events: GenEvent[] = [];
  let citations: GenCitation[] = [];
  let citationNo = 0;
  for (let i = 0; i < sizes.events; i++) {
    const m = monuments[Math.floor(monuments.length * Math.pow(r.next(), 1.6))]!;
    const known = occurrences.get(m.id) ?? [];
    const retell = known.length > 0 && r.next() < 0.35 ? r.pick(known) : null;
    const occ: Occurrence = retell ?? {
      id: `gen-event-${i}`, start: START + r.int(SPAN_DAYS) * DAY, days: 0, extent: r.weighted(EXTENTS), method: r.weighted(METHODS),
      actorId: r.next() < 0.7 ? r.pick(ACTORS)[0] : null,
    };
    if (!retell) {
      known.push(occ);
      occurrences.set(m.id, known);
    }
    const precision = r.weighted([["EXACT_DAY", 5], ["REPORTED_DAY", 1], ["WINDOW", 3], ["MONTH", 2], ["YEAR", 0.5], ["UNKNOWN", 0.3]] as const);
    // A disagreeing account: another extent, or a date the others rule out.
    const otherExtent = retell && r.next() < 0.15;
    const otherDate = retell && r.next() < 0.08;
    const start = otherDate ? occ.start + (30 + r.int(200)) * DAY : occ.start;
    let earliest: number | null = start;
    let latest: number | null = start;
    if (precision === "WINDOW") latest = start + (2 + r.int(60)) * DAY;
    else if (precision === "MONTH") [earliest, latest] = [Date.UTC(new Date(start).getUTCFullYear(), new Date(start).getUTCMonth(), 1), Date.UTC(new Date(start).getUTCFullYear(), new Date(start).getUTCMonth() + 1, 0)];
    else if (precision === "YEAR") [earliest, latest] = [Date.UTC(new Date(start).getUTCFullYear(), 0, 1), Date.UTC(new Date(start).getUTCFullYear(), 11, 31)];
    else if (precision === "UNKNOWN") [earliest, latest] = [null, null];
    const extent = otherExtent ? r.weighted(EXTENTS) : occ.extent;
    const id = `gen-event-${i}`;
    const words = EXTENT_WORDS[extent ?? "USE"]!;
    const figure = occ.method === "EXPLOSIVES" && r.next() < 0.2 ? { label: "columns still standing", value: 2 + r.int(6) } : null;
    events.push({
      id, monumentId: m.id, sameAsId: retell ? retell.id : null, dateEarliest: earliest === null ? null : iso(earliest), dateLatest: latest === null ? null : iso(latest),
      datePrecision: precision, dateText: precision === "REPORTED_DAY" ? "on Sunday" : precision === "WINDOW" ? "between two satellite images" : null,
      method: occ.method, extent, actorId: occ.actorId, attribution: occ.actorId ? r.pick(["CLAIMED", "ALLEGED", "ALLEGED", "CONFIRMED"] as const) : null,
      confidence: r.weighted(CONFIDENCE), description: `${m.name} ${words[0]}.`, state: m.state === "PUBLISHED" && r.next() < 0.96 ? "PUBLISHED" : "DRAFT",
      figureLabel: figure?.label ?? null, figureValue: figure?.value ?? null,
    });
    for (let c = 1 + (r.next() < 0.35 ? 1 : 0) + (r.next() < 0.1 ? 1 : 0); c > 0; c--) {
      const src = r.int(sizes.sources);
      const lang = publisherOf(src)[1];
      const quote = lang === "ar" ? `${m.nameAr} ${words[2]}` : lang === "fr" ? `Selon des témoins, le monument ${words[1]}` : `Witnesses said the ${m.latin} ${words[0]}`;
      citations.push({ id: `gen-citation-${citationNo++}`, sourceId: `gen-source-${src}`, damageEventId: id, quote, prefix: "", suffix: "", paragraph: 1 + r.int(12) });
    }
    if (events.length === batch) {
      yield { events, citations };
      events = [];
      citations = [];
    }
  }
  if (events.length) yield { events, citations };
}
