import "server-only";
import { db } from "@/lib/db";
import { listEvents } from "./events";
import { sourceFields, visible, visibleCitation } from "./public-filters";

export async function listSources() {
  return db().source.findMany({
    where: visible,
    orderBy: [{ publishedEarliest: { sort: "asc", nulls: "last" } }, { title: "asc" }],
    select: {
      ...sourceFields,
      // Claims a reader can see: a citation on a draft event must not show up even as a number.
      _count: { select: { citations: { where: visibleCitation } } },
    },
  });
}

/** A source by id or slug, with every published claim it supports and how well each event is backed. */
export async function getSource(idOrSlug: string) {
  const [source, events] = await Promise.all([findSource(idOrSlug), listEvents()]);
  if (!source) return null;
  const support = new Map(events.map((e) => [e.id, e.support]));
  return {
    ...source,
    citations: source.citations.map((c) => ({ ...c, support: c.damageEvent ? (support.get(c.damageEvent.id) ?? 0) : null })),
  };
}

function findSource(idOrSlug: string) {
  return db().source.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }], ...visible },
    select: {
      ...sourceFields,
      citations: {
        where: visibleCitation,
        orderBy: { paragraph: "asc" },
        select: {
          id: true,
          quote: true,
          paragraph: true,
          field: true,
          damageEvent: {
            select: {
              id: true,
              method: true,
              extent: true,
              dateEarliest: true,
              dateLatest: true,
              datePrecision: true,
              confidence: true,
              monument: { select: { slug: true, name: true } },
            },
          },
          controlPeriod: {
            select: { id: true, startEarliest: true, startLatest: true, startPrecision: true, actor: { select: { name: true } } },
          },
          monument: { select: { slug: true, name: true } },
          site: { select: { name: true } },
        },
      },
    },
  });
}

export type SourceDetail = NonNullable<Awaited<ReturnType<typeof getSource>>>;
