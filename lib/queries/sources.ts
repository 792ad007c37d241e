import "server-only";
import { db } from "@/lib/db";
import { occurrenceFacts } from "./disagreements";
import { localNames, sourceFields, visible, visibleCitation } from "./public-filters";

/** One page of the published sources, oldest first, read in SQL, each with how many passages a reader can see. */
export async function listSourcePage({ offset, limit }: { offset: number; limit: number }) {
  const [total, page] = await Promise.all([
    db().source.count({ where: visible }),
    db().source.findMany({
      where: visible,
      orderBy: [{ publishedEarliest: { sort: "asc", nulls: "last" } }, { title: "asc" }, { id: "asc" }],
      skip: offset,
      take: limit,
      select: sourceFields,
    }),
  ]);
  // Counted for this page's sources only: Prisma's `_count` in the select grouped every citation of
  // every source first (0.7 s a render at 50,000 sources). Claims a reader can see: a citation on a
  // draft event must not show up even as a number.
  const counts = await db().citation.groupBy({ by: ["sourceId"], where: { ...visibleCitation, sourceId: { in: page.map((s) => s.id) } }, _count: { _all: true } });
  const passages = new Map(counts.map((c) => [c.sourceId, c._count._all]));
  return { total, items: page.map((s) => ({ ...s, passages: passages.get(s.id) ?? 0 })) };
}

/** A source by id or slug, with every published claim it supports and how well each event is backed. */
export async function getSource(idOrSlug: string) {
  const source = await findSource(idOrSlug);
  if (!source) return null;
  // Support is read from the accounts of this source's occurrences only, not every event.
  const { support } = await occurrenceFacts(source.citations.flatMap((c) => (c.damageEvent ? [c.damageEvent] : [])));
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
              sameAsId: true,
              method: true,
              extent: true,
              dateEarliest: true,
              dateLatest: true,
              datePrecision: true,
              confidence: true,
              monument: { select: { slug: true, name: true, names: localNames } },
            },
          },
          controlPeriod: {
            select: { id: true, startEarliest: true, startLatest: true, startPrecision: true, actor: { select: { name: true } } },
          },
          monument: { select: { slug: true, name: true, names: localNames } },
          site: { select: { name: true, names: localNames } },
        },
      },
    },
  });
}

export type SourceDetail = NonNullable<Awaited<ReturnType<typeof getSource>>>;
