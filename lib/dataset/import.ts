// Writes a validated dataset (lib/dataset/validate.ts) into the database in one transaction: the
// one importer behind the seed, `npm run data:import` and the tests. Accounts of one occurrence
// are linked by sameAsId to the occurrence's first published account.
import type { Prisma } from "../../generated/prisma/client";
import { sourcePublishedBy } from "@/lib/time";
import type { ClaimFile, DatasetFiles, QuoteFile } from "./schema";

type Tx = Prisma.TransactionClient;

const date = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const quoteRow = (q: QuoteFile, sourceId: string) => ({ sourceId, quote: q.quote, prefix: q.prefix, suffix: q.suffix, paragraph: q.paragraph });

/** Monuments ordered so that a parent is written before its components. */
function parentsFirst<T extends { slug: string; parent: string | null }>(items: T[]): T[] {
  const bySlug = new Map(items.map((m) => [m.slug, m]));
  const out: T[] = [];
  const done = new Set<string>();
  const visit = (m: T, trail: Set<string>) => {
    if (done.has(m.slug) || trail.has(m.slug)) return;
    trail.add(m.slug);
    const parent = m.parent ? bySlug.get(m.parent) : undefined;
    if (parent) visit(parent, trail);
    done.add(m.slug);
    out.push(m);
  };
  items.forEach((m) => visit(m, new Set()));
  return out;
}

export interface ImportCounts {
  sources: number;
  monuments: number;
  claims: number;
  quotes: number;
}

export async function importDataset(tx: Tx, data: DatasetFiles): Promise<ImportCounts> {
  const s = data.site;
  const site = await tx.site.create({
    data: {
      slug: s.slug, name: s.name, country: s.country, countryCode: s.countryCode, latitude: s.latitude, longitude: s.longitude,
      unescoId: s.unescoId, wikidataId: s.wikidataId, description: s.description,
      names: { create: s.names },
    },
    select: { id: true },
  });

  const actorIds = new Map<string, string>();
  for (const a of data.actors) {
    const row = await tx.actor.create({ data: { slug: a.slug, name: a.name, kind: a.kind, aliases: { create: a.aliases } }, select: { id: true } });
    actorIds.set(a.slug, row.id);
  }
  const idOf = (map: Map<string, string>, what: string, key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`dataset: unknown ${what} ${key}`);
    return id;
  };

  const monumentIds = new Map<string, string>();
  for (const m of parentsFirst(data.monuments)) {
    const row = await tx.monument.create({
      data: {
        slug: m.slug, name: m.name, type: m.type, constructionDate: m.constructionDate, constructionYear: m.constructionYear,
        description: m.description, latitude: m.latitude, longitude: m.longitude, locationPrecision: m.locationPrecision,
        wikidataId: m.wikidataId, state: m.state, siteId: site.id, parentId: m.parent ? idOf(monumentIds, "monument", m.parent) : null,
        names: { create: m.names },
      },
      select: { id: true },
    });
    monumentIds.set(m.slug, row.id);
  }

  const sourceIds = new Map<string, string>();
  for (const { source } of data.sources) {
    const { seedFile: _file, ...src } = source;
    const row = await tx.source.create({
      data: {
        ...src, kind: src.kind, publishedPrecision: src.publishedPrecision,
        publishedEarliest: date(src.publishedEarliest), publishedLatest: date(src.publishedLatest), accessedAt: date(src.accessedAt),
      },
      select: { id: true },
    });
    sourceIds.set(source.slug, row.id);
  }

  const periodIds = new Map<string, string>();
  for (const { key, actor, ...p } of data.controlPeriods) {
    const row = await tx.controlPeriod.create({
      data: {
        ...p, actorId: idOf(actorIds, "actor", actor), startEarliest: date(p.startEarliest)!, startLatest: date(p.startLatest)!,
        endEarliest: date(p.endEarliest), endLatest: date(p.endLatest),
      },
      select: { id: true },
    });
    periodIds.set(key, row.id);
  }

  // The first published account of each occurrence is its root; the others point at it.
  const claims = data.sources.flatMap((f) => f.claims.map((claim) => ({ claim, source: f.source.slug, publishedBy: sourcePublishedBy(f.source) ?? "9999-12-31" })));
  claims.sort((a, b) => a.claim.occurrence.localeCompare(b.claim.occurrence) || a.publishedBy.localeCompare(b.publishedBy) || a.claim.key.localeCompare(b.claim.key));
  const roots = new Map<string, string>();
  let quotes = 0;
  const now = new Date();
  for (const { claim: c, source } of claims) {
    const row = await tx.damageEvent.create({ data: claimRow(c, idOf(monumentIds, "monument", c.monument), roots.get(c.occurrence) ?? null, c.actor ? idOf(actorIds, "actor", c.actor) : null, now), select: { id: true } });
    if (!roots.has(c.occurrence)) roots.set(c.occurrence, row.id);
    const sourceId = idOf(sourceIds, "source", source);
    await tx.citation.createMany({ data: c.quotes.map((q) => ({ ...quoteRow(q, sourceId), damageEventId: row.id })) });
    quotes += c.quotes.length;
  }

  for (const f of data.sources) {
    const sourceId = idOf(sourceIds, "source", f.source.slug);
    const rows = [
      ...f.controlPeriodQuotes.map((q) => ({ ...quoteRow(q, sourceId), controlPeriodId: idOf(periodIds, "control period", q.controlPeriod) })),
      ...f.facts.map((q) => ({ ...quoteRow(q, sourceId), field: q.field, ...("monument" in q ? { monumentId: idOf(monumentIds, "monument", q.monument) } : { siteId: site.id }) })),
    ];
    if (rows.length) await tx.citation.createMany({ data: rows });
    quotes += rows.length;
  }
  return { sources: sourceIds.size, monuments: monumentIds.size, claims: claims.length, quotes };
}

function claimRow(c: ClaimFile, monumentId: string, sameAsId: string | null, actorId: string | null, now: Date) {
  return {
    monumentId, sameAsId, actorId,
    dateEarliest: date(c.dateEarliest), dateLatest: date(c.dateLatest), datePrecision: c.datePrecision, dateText: c.dateText,
    method: c.method, extent: c.extent, attribution: c.attribution,
    confidence: c.confidence, figureLabel: c.figure?.label ?? null, figureValue: c.figure?.value ?? null,
    description: c.description, state: c.state, publishedAt: c.state === "PUBLISHED" ? now : null,
  };
}
