// The whole database as a dataset (data/README.md) plus what only an archive holds: drafts and
// archived records with their ids and versions, claims no source is quoted for yet, accounts
// (never a password hash) and the revision history. Deterministic: the same database always
// gives the same archive, so export → import → export is identical.
import type { Prisma } from "../../generated/prisma/client";
import { toIsoDay } from "@/lib/dates";
import type { Archive } from "./read";
import { DATASET_SCHEMA_VERSION, type ClaimFile, type DatasetFiles, type QuoteFile, type SourceFile } from "./schema";

type Tx = Prisma.TransactionClient;

const day = (d: Date | null) => (d ? toIsoDay(d) : null);
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const byKey = <T>(key: (t: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

export class ExportError extends Error {}

export async function exportDataset(tx: Tx, manifest: DatasetFiles["manifest"]): Promise<DatasetFiles> {
  const [sites, actors, monuments, periods, sources, events, citations, users, revisions] = await Promise.all([
    tx.site.findMany({ include: { names: { orderBy: { value: "asc" } } } }),
    tx.actor.findMany({ include: { aliases: { orderBy: { value: "asc" } } } }),
    tx.monument.findMany({ include: { names: { orderBy: { value: "asc" } }, parent: { select: { slug: true } } } }),
    tx.controlPeriod.findMany({ include: { actor: { select: { slug: true } } } }),
    tx.source.findMany(),
    tx.damageEvent.findMany({ include: { monument: { select: { slug: true } }, actor: { select: { slug: true } } } }),
    tx.citation.findMany({ include: { source: { select: { slug: true } }, monument: { select: { slug: true } }, site: { select: { slug: true } } } }),
    tx.user.findMany({ select: { id: true, name: true, email: true, role: true, emailVerified: true, createdAt: true } }),
    tx.revision.findMany(),
  ]);
  if (sites.length !== 1) throw new ExportError(`This version exports one site per archive; the database holds ${sites.length}.`);
  const site = sites[0]!;

  // An occurrence is named by its root account's id.
  const parentOf = new Map(events.map((e) => [e.id, e.sameAsId]));
  const rootOf = (id: string) => {
    const seen = new Set<string>();
    let cur = id;
    for (let next = parentOf.get(cur); next && !seen.has(next) && parentOf.has(next); next = parentOf.get(cur)) {
      seen.add(cur);
      cur = next;
    }
    return cur;
  };
  const sourceSlug = new Map(sources.map((s) => [s.id, s.slug]));
  const quote = (c: (typeof citations)[number], fileSource: string): QuoteFile => ({
    id: c.id,
    version: c.version,
    archivedAt: iso(c.archivedAt),
    ...(c.source.slug !== fileSource ? { source: c.source.slug } : {}),
    quote: c.quote,
    prefix: c.prefix,
    suffix: c.suffix,
    paragraph: c.paragraph,
  });
  const citationsOf = (pick: (c: (typeof citations)[number]) => boolean) => citations.filter(pick).sort(byKey((c) => c.id));

  const files = new Map<string, SourceFile>(
    sources.map((s) => [
      s.slug,
      {
        source: {
          id: s.id, version: s.version, archivedAt: iso(s.archivedAt), slug: s.slug, title: s.title, publisher: s.publisher, agency: s.agency, authors: s.authors,
          publishedEarliest: day(s.publishedEarliest), publishedLatest: day(s.publishedLatest), publishedPrecision: s.publishedPrecision,
          publishedText: s.publishedText, url: s.url, archiveUrl: s.archiveUrl, language: s.language, accessedAt: day(s.accessedAt), kind: s.kind,
          note: s.note, state: s.state,
        },
        claims: [],
        controlPeriodQuotes: [],
        facts: [],
      },
    ]),
  );
  const unsourced: ClaimFile[] = [];
  for (const e of [...events].sort(byKey((e) => e.id))) {
    const cited = citationsOf((c) => c.damageEventId === e.id);
    // A claim lives in the file of the first source it quotes; quotes from other sources say which.
    const home = cited[0] ? sourceSlug.get(cited[0].sourceId)! : null;
    const claim: ClaimFile = {
      id: e.id, version: e.version, archivedAt: iso(e.archivedAt), publishedAt: iso(e.publishedAt), reviewedAt: iso(e.reviewedAt), reviewedBy: e.reviewedById,
      key: e.id, monument: e.monument.slug, occurrence: rootOf(e.id), dateEarliest: day(e.dateEarliest), dateLatest: day(e.dateLatest),
      datePrecision: e.datePrecision, dateText: e.dateText, method: e.method, extent: e.extent, actor: e.actor?.slug ?? null, attribution: e.attribution,
      confidence: e.confidence, figure: e.figureLabel !== null && e.figureValue !== null ? { label: e.figureLabel, value: e.figureValue } : null,
      description: e.description, state: e.state, quotes: cited.map((c) => quote(c, home ?? "")),
    };
    if (home) files.get(home)!.claims.push(claim);
    else unsourced.push(claim);
  }
  for (const c of citationsOf((c) => c.controlPeriodId !== null)) files.get(c.source.slug)!.controlPeriodQuotes.push({ ...quote(c, c.source.slug), controlPeriod: c.controlPeriodId! });
  for (const c of citationsOf((c) => c.monumentId !== null || c.siteId !== null)) {
    const target = c.monument ? { monument: c.monument.slug } : { site: c.site!.slug };
    files.get(c.source.slug)!.facts.push({ ...quote(c, c.source.slug), ...target, field: c.field ?? "" });
  }

  return {
    manifest: { ...manifest, schemaVersion: DATASET_SCHEMA_VERSION, archiveVersion: 1 },
    site: {
      id: site.id, slug: site.slug, name: site.name, names: site.names.map((n) => ({ value: n.value, lang: n.lang, kind: n.kind })), country: site.country,
      countryCode: site.countryCode, latitude: site.latitude, longitude: site.longitude, unescoId: site.unescoId, wikidataId: site.wikidataId, description: site.description,
    },
    actors: actors.sort(byKey((a) => a.slug)).map((a) => ({ id: a.id, version: a.version, archivedAt: iso(a.archivedAt), slug: a.slug, name: a.name, kind: a.kind, aliases: a.aliases.map((x) => ({ value: x.value, lang: x.lang })) })),
    monuments: monuments.sort(byKey((m) => m.slug)).map((m) => ({
      id: m.id, version: m.version, archivedAt: iso(m.archivedAt), slug: m.slug, name: m.name, names: m.names.map((n) => ({ value: n.value, lang: n.lang, kind: n.kind })),
      type: m.type, constructionDate: m.constructionDate, constructionYear: m.constructionYear, description: m.description, latitude: m.latitude, longitude: m.longitude,
      locationPrecision: m.locationPrecision, parent: m.parent?.slug ?? null, wikidataId: m.wikidataId, state: m.state,
    })),
    controlPeriods: periods.sort(byKey((p) => p.id)).map((p) => ({
      id: p.id, version: p.version, archivedAt: iso(p.archivedAt), key: p.id, actor: p.actor.slug, startEarliest: day(p.startEarliest)!, startLatest: day(p.startLatest)!,
      startPrecision: p.startPrecision, startText: p.startText, endEarliest: day(p.endEarliest), endLatest: day(p.endLatest), endPrecision: p.endPrecision,
      endText: p.endText, confidence: p.confidence, description: p.description, state: p.state,
    })),
    sources: [...files.values()].sort(byKey((f) => f.source.slug)),
    unsourced,
    history: {
      users: users.sort(byKey((u) => u.id)).map((u) => ({ ...u, createdAt: u.createdAt.toISOString() })),
      revisions: revisions.sort(byKey((r) => r.id)).map((r) => ({ ...r, before: r.before, after: r.after, createdAt: r.createdAt.toISOString() })),
    },
  };
}

/** The dataset as one archive document: each file of the format under its path. */
export function toArchive(d: DatasetFiles): Archive {
  const files: Record<string, unknown> = { "datapackage.json": d.manifest, "site.json": d.site };
  for (const a of d.actors) files[`actors/${a.slug}.json`] = a;
  for (const m of d.monuments) files[`monuments/${m.slug}.json`] = m;
  for (const p of d.controlPeriods) files[`control-periods/${p.key}.json`] = p;
  for (const s of d.sources) files[`sources/${s.source.slug}.json`] = s;
  if (d.unsourced) files["unsourced.json"] = { claims: d.unsourced };
  if (d.history) files["history.json"] = d.history;
  return { format: "heritage-watch-archive", archiveVersion: 1, files };
}
