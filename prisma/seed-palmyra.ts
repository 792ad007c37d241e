// Writes the Palmyra dataset (prisma/seed-data.ts) into the database, in one transaction.
import type { Prisma } from "../generated/prisma/client";
import type { Db } from "../lib/db";
import * as data from "./seed-data";

const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

type Tx = Prisma.TransactionClient;

function citationRows(citations: data.SeedCitation[], sourceIds: Map<string, string>) {
  return citations.map((c) => {
    const sourceId = sourceIds.get(c.source);
    if (!sourceId) throw new Error(`seed: citation names unknown source ${c.source}`);
    return { sourceId, quote: c.quote, prefix: c.prefix, suffix: c.suffix, paragraph: c.paragraph };
  });
}

async function insert(tx: Tx) {
  const site = await tx.site.create({
    data: {
      slug: data.site.slug,
      name: data.site.name,
      country: data.site.country,
      countryCode: data.site.countryCode,
      latitude: data.site.latitude,
      longitude: data.site.longitude,
      unescoId: data.site.unescoId,
      wikidataId: data.site.wikidataId,
      description: data.site.description,
      names: { create: data.site.names },
    },
  });

  const sourceIds = new Map<string, string>();
  for (const { file: _file, ...s } of data.sources) {
    const row = await tx.source.create({
      data: {
        ...s,
        publishedEarliest: day(s.publishedEarliest),
        publishedLatest: day(s.publishedLatest),
        accessedAt: day(s.accessedAt),
      },
    });
    sourceIds.set(s.slug, row.id);
  }

  const actorIds = new Map<string, string>();
  for (const a of data.actors) {
    const row = await tx.actor.create({ data: { slug: a.slug, name: a.name, kind: a.kind, aliases: { create: a.aliases } } });
    actorIds.set(a.slug, row.id);
  }
  const actorId = (slug: string | null) => {
    if (!slug) return null;
    const id = actorIds.get(slug);
    if (!id) throw new Error(`seed: unknown actor ${slug}`);
    return id;
  };

  // Parents before components.
  const monumentIds = new Map<string, string>();
  const ordered = [...data.monuments].sort((a, b) => Number(!!a.parent) - Number(!!b.parent));
  for (const { parent, names, ...m } of ordered) {
    const parentId = parent ? monumentIds.get(parent) : null;
    if (parent && !parentId) throw new Error(`seed: ${m.slug} names unknown parent ${parent}`);
    const row = await tx.monument.create({ data: { ...m, siteId: site.id, parentId, names: { create: names } } });
    monumentIds.set(m.slug, row.id);
  }
  const monumentId = (slug: string) => {
    const id = monumentIds.get(slug);
    if (!id) throw new Error(`seed: unknown monument ${slug}`);
    return id;
  };

  const eventIds = new Map<string, string>();
  const events = [...data.events].sort((a, b) => Number(!!a.sameAs) - Number(!!b.sameAs));
  for (const { key, monument, sameAs, actor, citations, ...e } of events) {
    const row = await tx.damageEvent.create({
      data: {
        ...e,
        monumentId: monumentId(monument),
        sameAsId: sameAs ? eventIds.get(sameAs) : null,
        actorId: actorId(actor),
        dateEarliest: day(e.dateEarliest),
        dateLatest: day(e.dateLatest),
        publishedAt: e.state === "PUBLISHED" ? new Date() : null,
        citations: { create: citationRows(citations, sourceIds) },
      },
    });
    eventIds.set(key, row.id);
  }

  for (const { key: _key, actor, citations, ...p } of data.controlPeriods) {
    await tx.controlPeriod.create({
      data: {
        ...p,
        actorId: actorId(actor)!,
        startEarliest: day(p.startEarliest)!,
        startLatest: day(p.startLatest)!,
        endEarliest: day(p.endEarliest),
        endLatest: day(p.endLatest),
        citations: { create: citationRows(citations, sourceIds) },
      },
    });
  }

  for (const { monument, field, ...c } of data.monumentFacts) {
    const [row] = citationRows([c], sourceIds);
    await tx.citation.create({ data: { ...row!, monumentId: monumentId(monument), field } });
  }
  for (const { site: _site, field, ...c } of data.siteFacts) {
    const [row] = citationRows([c], sourceIds);
    await tx.citation.create({ data: { ...row!, siteId: site.id, field } });
  }
  return { sources: sourceIds.size, monuments: monumentIds.size, events: eventIds.size };
}

/** Seeds the dataset unless the site is already there (idempotent). */
export async function seedPalmyra(prisma: Db) {
  if (await prisma.site.findUnique({ where: { slug: data.site.slug }, select: { id: true } })) return null;
  return prisma.$transaction((tx) => insert(tx), { timeout: 60_000 });
}
