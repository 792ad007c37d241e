import "server-only";
import { db } from "@/lib/db";
import type { AtomEntry } from "@/lib/atom";
import { formatInterval } from "@/lib/dates";
import { EXTENT_LABELS, METHOD_LABELS } from "@/lib/labels";
import { listChanges, newestChangeTimes, scopeFilter, type Change, type ChangeScope } from "./changes";
import { visible } from "./public-filters";

/** What a feed follows: the whole dataset, one site, or one monument. */
export type FeedScope = ChangeScope;

const FEED_LENGTH = 50;
const EPOCH = new Date(0);

/**
 * The scope's newest published changes, at least FEED_LENGTH of them where there are: read from the
 * n-th newest last-change time of the scope's records on (n = FEED_LENGTH first), and with n four
 * times larger while too few of those were published changes of their own (drafts, removals, or
 * many quotes of one claim changed together). A feed thus reads a number of recent records, not
 * the history: on 200,000 claims the whole history took over a minute and more memory than the
 * server had. (Going back by time instead read every record once the newest 50 times were the
 * quotes of a few claims: a dataset imported beside an older one.)
 */
async function recentChanges(scope: FeedScope, origin: string): Promise<Change[]> {
  const wanted = (c: Change) => c.change !== "removed" && c.kind !== "actor";
  const only = await scopeFilter(scope);
  for (let n = FEED_LENGTH; ; n *= 4) {
    const nth = (await newestChangeTimes(only, n))[n - 1];
    const since = nth ? new Date(nth.getTime() - 1) : EPOCH;
    const changes = (await listChanges(since, origin, only)).filter(wanted);
    if (changes.length >= FEED_LENGTH || !nth) return changes;
  }
}

/**
 * The published changes a feed carries, newest first: the same records and times as the JSON
 * change feed (/api/v1/changes), so "the last change" is the same in both. Removals are left
 * out: the JSON feed tells a copy which ids to drop, a reader has no page to open for them.
 */
export async function listFeedEntries(scope: FeedScope, origin: string): Promise<AtomEntry[]> {
  // Oldest first: the feed's entries are the newest FEED_LENGTH, and only their records are read in
  // full (records written in one batch share a change time, so the changes read can be thousands).
  const changes = (await recentChanges(scope, origin)).slice(-FEED_LENGTH);
  const ids = (kind: Change["kind"]) => changes.filter((c) => c.kind === kind).map((c) => c.id);
  const [monuments, events, sources, periods] = await Promise.all([
    db().monument.findMany({ where: { id: { in: ids("monument") } }, select: { id: true, slug: true, name: true, createdAt: true, description: true } }),
    db().damageEvent.findMany({
      where: { id: { in: ids("event") } },
      select: {
        id: true, createdAt: true, method: true, extent: true, description: true, dateEarliest: true, dateLatest: true, datePrecision: true,
        monument: { select: { slug: true, name: true } },
        citations: { where: { archivedAt: null, source: visible }, select: { source: { select: { publisher: true } } } },
      },
    }),
    db().source.findMany({ where: { id: { in: ids("source") } }, select: { id: true, slug: true, title: true, publisher: true, createdAt: true } }),
    db().controlPeriod.findMany({ where: { id: { in: ids("control-period") } }, select: { id: true, createdAt: true, description: true, actor: { select: { name: true } } } }),
  ]);
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  const [m, e, s, p] = [byId(monuments), byId(events), byId(sources), byId(periods)];
  const page = (path: string) => `${origin}${path}`;
  const tag = (kind: string, id: string) => `tag:heritage-watch,2026:${kind}/${id}`;
  const entries: AtomEntry[] = [];
  const byKind = { monument: m, event: e, source: s, "control-period": p, actor: undefined } as const;
  // The changes are already the scope's (listChanges reads them in SQL).
  for (const c of changes) {
    // New or updated by the record itself, not by how far back the changes were read: a change
    // within a minute of the record's creation is its creation.
    const record = byKind[c.kind]?.get(c.id);
    const change = record && Date.parse(c.at) - record.createdAt.getTime() < 60_000 ? "created" : "updated";
    const base = { updated: c.at, categories: [c.kind, change] };
    if (c.kind === "monument" && m.has(c.id)) {
      const r = m.get(c.id)!;
      entries.push({ ...base, id: tag("monument", r.id), title: `${r.name}: ${change === "created" ? "new monument" : "record updated"}`, published: r.createdAt.toISOString(), link: page(`/monuments/${r.slug}`), summary: r.description });
    } else if (c.kind === "event" && e.has(c.id)) {
      const r = e.get(c.id)!;
      const when = formatInterval({ earliest: r.dateEarliest, latest: r.dateLatest, precision: r.datePrecision });
      const who = [...new Set(r.citations.map((x) => x.source.publisher))].join(", ") || "an uncited account";
      entries.push({
        ...base,
        id: tag("event", r.id),
        title: `${r.monument.name}: ${METHOD_LABELS[r.method]}${r.extent ? `, ${EXTENT_LABELS[r.extent].toLowerCase()}` : ""} (${when})`,
        published: r.createdAt.toISOString(),
        link: page(`/monuments/${r.monument.slug}#event-${r.id}`),
        summary: `${r.description} Reported by ${who}.`,
      });
    } else if (c.kind === "source" && s.has(c.id)) {
      const r = s.get(c.id)!;
      entries.push({ ...base, id: tag("source", r.id), title: `Source: ${r.title}`, published: r.createdAt.toISOString(), link: page(`/sources/${r.slug}`), summary: `${r.publisher}: ${r.title}` });
    } else if (c.kind === "control-period" && p.has(c.id)) {
      const r = p.get(c.id)!;
      entries.push({ ...base, id: tag("control-period", r.id), title: `Who held the city: ${r.actor.name}`, published: r.createdAt.toISOString(), link: page("/#control-heading"), summary: r.description });
    }
  }
  return entries.reverse().slice(0, FEED_LENGTH);
}
