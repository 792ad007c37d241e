// Writes a validated dataset (lib/dataset/validate.ts) into the database in one transaction: the
// one importer behind the seed, `npm run data:import` and the tests. Accounts of one occurrence
// are linked by sameAsId to the occurrence's first published account.
import { Prisma } from "../../generated/prisma/client";
import { refreshStaleStatuses } from "@/lib/status-store";
import { sourcePublishedBy } from "@/lib/time";
import type { ClaimFile, DatasetFiles, QuoteFile } from "./schema";

type Tx = Prisma.TransactionClient;

const date = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const instant = (iso: string | null | undefined) => (iso ? new Date(iso) : null);
/** The row fields an archive keeps (id, version, archive date); a hand-written file has none. */
const kept = (r: { id?: string; version?: number; archivedAt?: string | null }) => ({
  ...(r.id ? { id: r.id } : {}),
  ...(r.version ? { version: r.version } : {}),
  archivedAt: instant(r.archivedAt),
});

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
  // Accounts first: claims name their reviewer, revisions their author.
  for (const u of data.history?.users ?? []) {
    await tx.user.create({ data: { id: u.id, name: u.name, email: u.email, role: u.role, emailVerified: u.emailVerified, createdAt: new Date(u.createdAt) } });
  }
  const s = data.site;
  const site = await tx.site.create({
    data: {
      ...(s.id ? { id: s.id } : {}),
      slug: s.slug, name: s.name, country: s.country, countryCode: s.countryCode, latitude: s.latitude, longitude: s.longitude,
      unescoId: s.unescoId, wikidataId: s.wikidataId, description: s.description,
      names: { create: s.names },
    },
    select: { id: true },
  });

  const actorIds = new Map<string, string>();
  for (const a of data.actors) {
    const row = await tx.actor.create({ data: { ...kept(a), slug: a.slug, name: a.name, kind: a.kind, aliases: { create: a.aliases } }, select: { id: true } });
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
        ...kept(m),
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
    const { seedFile: _file, id: _id, version: _v, archivedAt: _a, ...src } = source;
    const row = await tx.source.create({
      data: {
        ...kept(source),
        ...src, kind: src.kind, publishedPrecision: src.publishedPrecision,
        publishedEarliest: date(src.publishedEarliest), publishedLatest: date(src.publishedLatest), accessedAt: date(src.accessedAt),
      },
      select: { id: true },
    });
    sourceIds.set(source.slug, row.id);
  }

  const periodIds = new Map<string, string>();
  for (const { key, actor, id: _id, version: _v, archivedAt: _a, ...p } of data.controlPeriods) {
    const row = await tx.controlPeriod.create({
      data: {
        ...kept(data.controlPeriods.find((x) => x.key === key)!),
        ...p, actorId: idOf(actorIds, "actor", actor), startEarliest: date(p.startEarliest)!, startLatest: date(p.startLatest)!,
        endEarliest: date(p.endEarliest), endLatest: date(p.endLatest),
      },
      select: { id: true },
    });
    periodIds.set(key, row.id);
  }

  // Each occurrence's root is the account its key names (an archive's), else its first published
  // account; the others point at it.
  const claims = [
    ...data.sources.flatMap((f) => f.claims.map((claim) => ({ claim, source: f.source.slug as string | null, publishedBy: sourcePublishedBy(f.source) ?? "9999-12-31" }))),
    ...(data.unsourced ?? []).map((claim) => ({ claim, source: null, publishedBy: "9999-12-31" })),
  ];
  const rank = (c: ClaimFile) => (c.key === c.occurrence ? 0 : 1);
  claims.sort((a, b) => a.claim.occurrence.localeCompare(b.claim.occurrence) || rank(a.claim) - rank(b.claim) || a.publishedBy.localeCompare(b.publishedBy) || a.claim.key.localeCompare(b.claim.key));
  const roots = new Map<string, string>();
  let quotes = 0;
  const now = new Date();
  for (const { claim: c, source } of claims) {
    const occurrence = `${c.monument}:${c.occurrence}`;
    const row = await tx.damageEvent.create({ data: claimRow(c, idOf(monumentIds, "monument", c.monument), roots.get(occurrence) ?? null, c.actor ? idOf(actorIds, "actor", c.actor) : null, now), select: { id: true } });
    if (!roots.has(occurrence)) roots.set(occurrence, row.id);
    if (c.quotes.length) await tx.citation.createMany({ data: c.quotes.map((q) => ({ ...quoteRow(q, idOf(sourceIds, "source", q.source ?? (source as string))), damageEventId: row.id })) });
    quotes += c.quotes.length;
  }

  for (const f of data.sources) {
    const sourceIdOf = (q: QuoteFile) => idOf(sourceIds, "source", q.source ?? f.source.slug);
    const rows = [
      ...f.controlPeriodQuotes.map((q) => ({ ...quoteRow(q, sourceIdOf(q)), controlPeriodId: idOf(periodIds, "control period", q.controlPeriod) })),
      ...f.facts.map((q) => ({ ...quoteRow(q, sourceIdOf(q)), field: q.field, ...("monument" in q ? { monumentId: idOf(monumentIds, "monument", q.monument) } : { siteId: site.id }) })),
    ];
    if (rows.length) await tx.citation.createMany({ data: rows });
    quotes += rows.length;
  }
  const revisions = data.history?.revisions ?? [];
  if (revisions.length) {
    await tx.revision.createMany({
      data: revisions.map((r) => ({ ...r, before: r.before ?? Prisma.JsonNull, after: r.after ?? Prisma.JsonNull, createdAt: new Date(r.createdAt) })) as Prisma.RevisionCreateManyInput[],
    });
  }
  // Every monument written is noted stale by the triggers: derive them before the import commits.
  await refreshStaleStatuses(tx);
  return { sources: sourceIds.size, monuments: monumentIds.size, claims: claims.length, quotes };
}

const quoteRow = (q: QuoteFile, sourceId: string) => ({ ...kept(q), sourceId, quote: q.quote, prefix: q.prefix, suffix: q.suffix, paragraph: q.paragraph });

function claimRow(c: ClaimFile, monumentId: string, sameAsId: string | null, actorId: string | null, now: Date) {
  return {
    monumentId, sameAsId, actorId,
    dateEarliest: date(c.dateEarliest), dateLatest: date(c.dateLatest), datePrecision: c.datePrecision, dateText: c.dateText,
    method: c.method, extent: c.extent, attribution: c.attribution,
    confidence: c.confidence, figureLabel: c.figure?.label ?? null, figureValue: c.figure?.value ?? null,
    description: c.description, state: c.state,
    // An archive keeps when it was published and by whom it was reviewed; a hand-written dataset is published on import.
    publishedAt: c.publishedAt !== undefined ? instant(c.publishedAt) : c.state === "PUBLISHED" ? now : null,
    reviewedAt: instant(c.reviewedAt), reviewedById: c.reviewedBy ?? null,
    ...kept(c),
  };
}
