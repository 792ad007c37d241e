import { readFileSync } from "node:fs";
import { describe, it, expect } from "vitest";
import {
  ACTOR_KINDS,
  ATTRIBUTIONS,
  CONFIDENCES,
  DAMAGE_EXTENTS,
  DAMAGE_METHODS,
  DATE_PRECISIONS,
  LOCATION_PRECISIONS,
  MONUMENT_TYPES,
  NAME_KINDS,
  PUBLICATION_STATES,
  SOURCE_KINDS,
} from "../lib/domain";
import {
  actors,
  controlPeriods,
  events,
  monumentFacts,
  monuments,
  site,
  siteFacts,
  sources,
  type SeedCitation,
} from "./seed-data";

const texts = new Map<string, string>();
for (const source of sources) {
  if (source.file) {
    texts.set(source.slug, readFileSync(new URL("../../shared/seeds/" + source.file, import.meta.url), "utf8"));
  }
}

const sourceBySlug = new Map(sources.map((s) => [s.slug, s]));
const monumentBySlug = new Map(monuments.map((m) => [m.slug, m]));
const actorBySlug = new Map(actors.map((a) => [a.slug, a]));
const eventByKey = new Map(events.map((e) => [e.key, e]));

const allCitations: { where: string; citation: SeedCitation }[] = [
  ...events.flatMap((e) => e.citations.map((citation) => ({ where: `event ${e.key}`, citation }))),
  ...controlPeriods.flatMap((p) => p.citations.map((citation) => ({ where: `control period ${p.key}`, citation }))),
  ...monumentFacts.map((citation) => ({ where: `monument fact ${citation.monument}.${citation.field}`, citation })),
  ...siteFacts.map((citation) => ({ where: `site fact ${citation.site}.${citation.field}`, citation })),
];

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** 1-based index, among the non-empty lines of `text`, of the line holding offset `pos`. */
function paragraphAt(text: string, pos: number): number {
  const linesBefore = text.slice(0, pos).split("\n").slice(0, -1);
  return linesBefore.filter((line) => line.trim() !== "").length + 1;
}

function isISODate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(value + "T00:00:00Z").toISOString().slice(0, 10) === value;
}

function expectInterval(label: string, earliest: string | null, latest: string | null) {
  expect(earliest === null, `${label}: both ends or neither`).toBe(latest === null);
  if (earliest !== null && latest !== null) {
    expect(isISODate(earliest), `${label}: ${earliest} is an ISO date`).toBe(true);
    expect(isISODate(latest), `${label}: ${latest} is an ISO date`).toBe(true);
    expect(earliest <= latest, `${label}: ${earliest} <= ${latest}`).toBe(true);
  }
}

describe("seed sources", () => {
  it("have unique slugs, unique URLs and readable files", () => {
    expect(new Set(sources.map((s) => s.slug)).size).toBe(sources.length);
    const urls = sources.map((s) => s.url).filter((u) => u !== null);
    expect(new Set(urls).size).toBe(urls.length);
    const files = sources.map((s) => s.file).filter((f) => f !== null);
    expect(new Set(files).size).toBe(files.length);
    expect(files.length).toBe(5);
    for (const file of files) expect(file).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
    expect(texts.size).toBe(5);
  });

  it("have valid vocabularies and publication intervals", () => {
    for (const s of sources) {
      expect(SOURCE_KINDS).toContain(s.kind);
      expect(DATE_PRECISIONS).toContain(s.publishedPrecision);
      expect(PUBLICATION_STATES).toContain(s.state);
      expectInterval(`source ${s.slug} published`, s.publishedEarliest, s.publishedLatest);
      if (s.accessedAt !== null) expect(isISODate(s.accessedAt)).toBe(true);
      if (s.publishedPrecision === "EXACT_DAY") expect(s.publishedEarliest).toBe(s.publishedLatest);
      if (s.publishedEarliest === null) expect(s.publishedPrecision).toBe("UNKNOWN");
    }
  });

  it("are each cited at least once", () => {
    const cited = new Set(allCitations.map(({ citation }) => citation.source));
    for (const s of sources) expect(cited.has(s.slug), `source ${s.slug} is cited`).toBe(true);
  });
});

describe("citations", () => {
  it.each(allCitations.map(({ where, citation }) => [where, citation.quote.slice(0, 50), citation] as const))(
    "%s: %s",
    (where, _label, citation) => {
      const source = sourceBySlug.get(citation.source);
      expect(source, `${where}: source ${citation.source} exists`).toBeDefined();
      expect(citation.quote.length).toBeGreaterThan(0);
      const text = texts.get(citation.source);
      if (!text) {
        // Sources read only through the search tool cannot be re-checked here; they must say where.
        expect(source!.file).toBeNull();
        expect(source!.url).not.toBeNull();
        expect(citation.paragraph).toBeNull();
        return;
      }
      expect(occurrences(text, citation.quote).length, `${where}: quote occurs verbatim`).toBeGreaterThan(0);
      expect(citation.quote.includes("\n"), `${where}: quote stays within one paragraph`).toBe(false);
      const whole = citation.prefix + citation.quote + citation.suffix;
      const at = occurrences(text, whole);
      expect(at.length, `${where}: prefix + quote + suffix occurs exactly once`).toBe(1);
      const start = at[0]! + citation.prefix.length;
      if (start > 0) expect(citation.prefix.length).toBeGreaterThanOrEqual(40);
      if (start + citation.quote.length + citation.suffix.length < text.length) {
        expect(citation.suffix.length).toBeGreaterThanOrEqual(40);
      }
      expect(citation.prefix.length).toBeLessThanOrEqual(80);
      expect(citation.suffix.length).toBeLessThanOrEqual(80);
      expect(citation.paragraph, `${where}: paragraph number`).toBe(paragraphAt(text, start));
    },
  );
});

describe("site", () => {
  it("is Palmyra, Syria, with sourced names", () => {
    expect(site.slug).toBe("palmyra");
    expect(site.countryCode).toBe("SY");
    expect(site.names.map((n) => n.value)).toEqual(expect.arrayContaining(["Palmyra", "Tadmur"]));
    expect(site.names.filter((n) => n.kind === "CANONICAL").map((n) => n.value)).toEqual([site.name]);
    for (const n of site.names) expect(NAME_KINDS).toContain(n.kind);
    expect(siteFacts.every((f) => f.site === site.slug)).toBe(true);
    const fields = new Set(siteFacts.map((f) => f.field));
    for (const field of ["name", "unescoId", "coordinates"]) expect(fields.has(field), `site fact ${field}`).toBe(true);
  });
});

describe("monuments", () => {
  it("include the design slugs", () => {
    for (const slug of [
      "temple-of-bel",
      "monumental-arch",
      "tetrapylon",
      "roman-theatre",
      "roman-theatre-facade",
      "tower-tombs",
      "palmyra-castle",
      "palmyra-museum",
    ]) {
      expect(monumentBySlug.has(slug), `monument ${slug}`).toBe(true);
    }
    const facade = monumentBySlug.get("roman-theatre-facade")!;
    expect(facade.parent).toBe("roman-theatre");
    expect(facade.type).toBe("ARCHITECTURAL_ELEMENT");
    expect(monumentBySlug.get("tower-tombs")!.type).toBe("TOMB_GROUP");
    expect(monumentBySlug.get("palmyra-castle")!.type).toBe("CASTLE");
    expect(monumentBySlug.get("palmyra-museum")!.type).toBe("MUSEUM");
  });

  it("have unique slugs, valid vocabularies, existing parents and one canonical name", () => {
    expect(monumentBySlug.size).toBe(monuments.length);
    for (const m of monuments) {
      expect(MONUMENT_TYPES).toContain(m.type);
      expect(LOCATION_PRECISIONS).toContain(m.locationPrecision);
      expect(PUBLICATION_STATES).toContain(m.state);
      if (m.parent !== null) expect(monumentBySlug.has(m.parent), `parent of ${m.slug}`).toBe(true);
      expect(m.names.filter((n) => n.kind === "CANONICAL").map((n) => n.value)).toEqual([m.name]);
      expect(new Set(m.names.map((n) => n.value)).size, `names of ${m.slug} are unique`).toBe(m.names.length);
      for (const n of m.names) {
        expect(NAME_KINDS).toContain(n.kind);
        expect(["en", "ar", "ar-Latn"]).toContain(n.lang);
        if (n.lang === "ar") expect(n.value).toMatch(/^[\u0600-\u06FF ]+$/);
      }
      if (m.latitude === null || m.longitude === null) expect(m.locationPrecision).toBe("UNKNOWN");
    }
  });

  it("carry the construction year only where a source supports it", () => {
    for (const m of monuments) expect(m.constructionYear).toBeNull();
    expect(monumentFacts.some((f) => f.monument === "monumental-arch" && f.field === "age")).toBe(true);
  });

  it("facts point at existing monuments", () => {
    for (const f of monumentFacts) expect(monumentBySlug.has(f.monument), `fact monument ${f.monument}`).toBe(true);
  });
});

describe("actors", () => {
  it("have the expected slugs and kinds", () => {
    expect(actorBySlug.get("islamic-state")?.kind).toBe("ARMED_GROUP");
    expect(actorBySlug.get("syrian-government-forces")?.kind).toBe("STATE_FORCES");
    expect(actorBySlug.get("russian-forces")?.kind).toBe("FOREIGN_FORCES");
    for (const a of actors) expect(ACTOR_KINDS).toContain(a.kind);
  });

  it("list IS = ISIS = ISIL = Islamic State = Daesh", () => {
    const aliases = actorBySlug.get("islamic-state")!.aliases.map((a) => a.value);
    expect(aliases).toEqual(expect.arrayContaining(["IS", "ISIS", "ISIL", "Islamic State", "Islamic State group", "Daesh"]));
  });

  it("have aliases unique across actors", () => {
    const all = actors.flatMap((a) => a.aliases.map((alias) => alias.value));
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("damage events", () => {
  it("have unique keys", () => {
    expect(eventByKey.size).toBe(events.length);
  });

  it.each(events.map((e) => [e.key, e] as const))("%s is a well-formed, cited claim", (_key, e) => {
    expect(e.citations.length).toBeGreaterThanOrEqual(1);
    expect(monumentBySlug.has(e.monument), `monument ${e.monument}`).toBe(true);
    if (e.actor !== null) expect(actorBySlug.has(e.actor), `actor ${e.actor}`).toBe(true);
    expect(DATE_PRECISIONS).toContain(e.datePrecision);
    expect(DAMAGE_METHODS).toContain(e.method);
    if (e.extent !== null) expect(DAMAGE_EXTENTS).toContain(e.extent);
    if (e.attribution !== null) expect(ATTRIBUTIONS).toContain(e.attribution);
    expect(CONFIDENCES).toContain(e.confidence);
    expect(PUBLICATION_STATES).toContain(e.state);
    expectInterval(`event ${e.key}`, e.dateEarliest, e.dateLatest);
    if (e.extent === null) expect(e.method).toBe("MILITARY_USE");
    // A claim cannot date an event after the latest of its sources was published.
    const latestPublished = e.citations
      .map((c) => sourceBySlug.get(c.source)?.publishedLatest ?? null)
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1);
    if (e.dateLatest !== null && latestPublished !== undefined) {
      expect(e.dateLatest <= latestPublished, `${e.key}: ${e.dateLatest} <= ${latestPublished}`).toBe(true);
    }
    if (e.sameAs !== null) {
      const first = eventByKey.get(e.sameAs);
      expect(first, `sameAs ${e.sameAs} exists`).toBeDefined();
      expect(first!.sameAs, "sameAs points at the first claim").toBeNull();
      expect(first!.monument).toBe(e.monument);
      const ownSources = new Set(e.citations.map((c) => c.source));
      expect(first!.citations.some((c) => ownSources.has(c.source)), "linked claims come from different sources").toBe(false);
    }
  });

  it("record the arch's destruction as two claims linked by sameAs", () => {
    const arch = events.filter((e) => e.monument === "monumental-arch" && e.extent === "DESTROYED");
    expect(arch.length).toBe(2);
    const [first, second] = [arch.find((e) => e.sameAs === null), arch.find((e) => e.sameAs !== null)];
    expect(first).toBeDefined();
    expect(second?.sameAs).toBe(first!.key);
  });
});

describe("control periods", () => {
  it.each(controlPeriods.map((p) => [p.key, p] as const))("%s is well-formed and cited", (_key, p) => {
    expect(p.citations.length).toBeGreaterThanOrEqual(1);
    expect(actorBySlug.has(p.actor), `actor ${p.actor}`).toBe(true);
    expect(DATE_PRECISIONS).toContain(p.startPrecision);
    expect(CONFIDENCES).toContain(p.confidence);
    expect(PUBLICATION_STATES).toContain(p.state);
    expectInterval(`${p.key} start`, p.startEarliest, p.startLatest);
    expectInterval(`${p.key} end`, p.endEarliest, p.endLatest);
    expect(p.endPrecision === null).toBe(p.endEarliest === null);
    if (p.endPrecision !== null) expect(DATE_PRECISIONS).toContain(p.endPrecision);
    if (p.endEarliest !== null) expect(p.startEarliest <= p.endEarliest).toBe(true);
  });

  it("follow one another without overlap", () => {
    const ordered = [...controlPeriods].sort((a, b) => a.startEarliest.localeCompare(b.startEarliest));
    expect(new Set(controlPeriods.map((p) => p.key)).size).toBe(controlPeriods.length);
    for (let i = 1; i < ordered.length; i++) {
      const previous = ordered[i - 1]!;
      const next = ordered[i]!;
      expect(previous.endEarliest, `${previous.key} has an end`).not.toBeNull();
      expect(previous.endEarliest).toBe(next.startEarliest);
      expect(previous.endLatest).toBe(next.startLatest);
      expect(previous.actor).not.toBe(next.actor);
    }
  });
});
