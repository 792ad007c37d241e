import "server-only";
import { citationKeys } from "@/lib/citations/keys";
import type { Prisma } from "@/generated/prisma/client";
import { hasEventFilter, type CitationQuery } from "@/lib/api/params";
import type { CitableSource, CitedPassage } from "@/lib/citations/csl";
import { db } from "@/lib/db";
import { eventWhereResolved } from "./event-filter";
import { sourceFields, visible, visibleCitation } from "./public-filters";


// A citation is public when it is not archived, its source is published and its target is.
const publicTarget: Prisma.CitationWhereInput = { ...visibleCitation, source: visible };

export type CitedSource = CitableSource & { id: string; updatedAt: Date; passages: CitedPassage[] };

/** Which of the named records are not published (or do not exist): the 400 message lists them. */
async function findUnknown(q: CitationQuery): Promise<string[]> {
  const [monuments, events, sources] = await Promise.all([
    db().monument.findMany({ where: { slug: { in: q.filter.monument }, ...visible }, select: { slug: true } }),
    db().damageEvent.findMany({ where: { id: { in: q.event }, ...visible, monument: visible }, select: { id: true } }),
    db().source.findMany({ where: { OR: [{ id: { in: q.source } }, { slug: { in: q.source } }], ...visible }, select: { id: true, slug: true } }),
  ]);
  const known = new Set([...monuments.map((m) => m.slug), ...events.map((e) => e.id), ...sources.flatMap((s) => [s.id, s.slug])]);
  return [
    ...q.filter.monument.filter((s) => !known.has(s)).map((s) => `monument "${s}"`),
    ...q.event.filter((s) => !known.has(s)).map((s) => `event "${s}"`),
    ...q.source.filter((s) => !known.has(s)).map((s) => `source "${s}"`),
  ];
}

/**
 * The sources a query cites, each with the passages quoted from it, oldest first. Selections add
 * up (union): a monument brings what its page cites (facts about it and its published events),
 * an event its citations, a source itself. With an events filter (method, extent…), `monument`
 * narrows that filter instead, as on the events list.
 */
export async function getCitedSources(q: CitationQuery): Promise<{ unknown: string[]; sources: CitedSource[] }> {
  const unknown = await findUnknown(q);
  if (unknown.length && !q.missing) return { unknown, sources: [] };
  const filtered = q.list === "events" || hasEventFilter(q.filter);
  const or: Prisma.CitationWhereInput[] = [];
  if (filtered) or.push({ damageEvent: await eventWhereResolved(q.filter) });
  else if (q.filter.monument.length) {
    const slug = { in: q.filter.monument };
    or.push({ monument: { slug, ...visible } }, { damageEvent: { ...visible, monument: { slug, ...visible } } });
  }
  if (q.event.length) or.push({ damageEventId: { in: q.event } });
  if (q.source.length) or.push({ source: { OR: [{ id: { in: q.source } }, { slug: { in: q.source } }] } });
  const [citations, named] = await Promise.all([
    db().citation.findMany({
      where: { AND: [publicTarget, { OR: or }] },
      orderBy: [{ paragraph: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      select: { quote: true, paragraph: true, source: { select: sourceFields } },
    }),
    // A named source is exported even when none of its passages is cited publicly.
    db().source.findMany({ where: { OR: [{ id: { in: q.source } }, { slug: { in: q.source } }], ...visible }, select: sourceFields }),
  ]);
  const bySource = new Map<string, CitedSource>();
  for (const s of named) bySource.set(s.id, { ...s, passages: [] });
  for (const c of citations) {
    const entry = bySource.get(c.source.id) ?? { ...c.source, passages: [] };
    if (!entry.passages.some((p) => p.quote === c.quote)) entry.passages.push({ quote: c.quote, paragraph: c.paragraph });
    bySource.set(c.source.id, entry);
  }
  const day = (d: Date | string | null) => (d ? new Date(d).getTime() : Number.POSITIVE_INFINITY);
  const sources = [...bySource.values()].sort((a, b) => day(a.publishedEarliest) - day(b.publishedEarliest) || a.title.localeCompare(b.title));
  return { unknown, sources };
}

/**
 * Every source's readable citation key (lib/citations/keys.ts). Drafts and archived sources count
 * too (only keys of published ones are ever written), so publishing or archiving one never
 * renames another's key.
 */
export async function getCitationKeys(): Promise<Map<string, string>> {
  const all = await db().source.findMany({
    select: { slug: true, title: true, authors: true, publisher: true, publishedEarliest: true, createdAt: true },
  });
  return citationKeys(all);
}
