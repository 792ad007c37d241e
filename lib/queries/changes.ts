import "server-only";
import { db } from "@/lib/db";
import { visible } from "./public-filters";

export type ChangeType = "created" | "updated" | "removed";
export interface Change {
  kind: "monument" | "event" | "source" | "control-period" | "actor";
  id: string;
  change: ChangeType;
  at: string;
  url?: string;
}

type Row = { id: string; createdAt: Date; updatedAt: Date; state?: string; archivedAt: Date | null; slug?: string };

/** What a list of changes follows: the whole dataset, one site, or one monument. */
export type ChangeScope = { kind: "all" } | { kind: "site"; siteId: string } | { kind: "monument"; monumentId: string };

const EVERYTHING = { monument: {}, event: {}, source: {}, period: {}, citation: {}, actors: true };

/**
 * The conditions that keep each kind of record to a scope (the monument's or site's own; a source by a
 * quote not archived). Read once for several passes over the changes (a feed reads further back until it
 * has enough): a monument's costs two queries.
 */
export async function scopeFilter(scope: ChangeScope) {
  if (scope.kind === "all") return EVERYTHING;
  if (scope.kind === "site") {
    const { siteId } = scope;
    return {
      monument: { siteId },
      event: { monument: { siteId } },
      source: { citations: { some: { archivedAt: null, OR: [{ siteId }, { monument: { siteId } }, { damageEvent: { monument: { siteId } } }] } } },
      // Who held the city: every site's feed carries it, as the overview shows it.
      period: {},
      citation: { OR: [{ damageEvent: { monument: { siteId } } }, { controlPeriodId: { not: null } }] },
      actors: false,
    };
  }
  const { monumentId } = scope;
  // The monument's sources by id, from its quotes and its claims' read apart: as one condition on every
  // source (its quotes about the monument OR about its claims), PostgreSQL joined all of them to every
  // claim, 0.3-0.4 s a query on 200,000 claims where these take a few ms.
  const quoted = await Promise.all([
    db().citation.findMany({ where: { archivedAt: null, monumentId }, select: { sourceId: true } }),
    db().citation.findMany({ where: { archivedAt: null, damageEvent: { monumentId } }, select: { sourceId: true } }),
  ]);
  const sourceIds = [...new Set(quoted.flat().map((c) => c.sourceId))];
  return {
    monument: { id: monumentId },
    event: { monumentId },
    source: { id: { in: sourceIds } },
    period: { id: { in: [] as string[] } },
    citation: { damageEvent: { monumentId } },
    actors: false,
  };
}
export type ScopeFilter = Awaited<ReturnType<typeof scopeFilter>>;

/**
 * The last-change times of the `n` most recently changed records of each kind in the scope, newest
 * first (indexed on updatedAt): every change listChanges reports is at one of these times or at an
 * older one, so the `n`-th of them bounds where the newest `n` changes start.
 */
export async function newestChangeTimes(only: ScopeFilter, n: number): Promise<Date[]> {
  const newest = { orderBy: { updatedAt: "desc" as const }, take: n, select: { updatedAt: true } };
  const lists = await Promise.all([
    db().monument.findMany({ where: only.monument, ...newest }),
    db().damageEvent.findMany({ where: only.event, ...newest }),
    db().source.findMany({ where: only.source, ...newest }),
    db().controlPeriod.findMany({ where: only.period, ...newest }),
    db().citation.findMany({ where: only.citation, ...newest }),
  ]);
  return lists.flat().map((r) => r.updatedAt).sort((a, b) => b.getTime() - a.getTime());
}

/**
 * What changed since `since`, oldest first, for a downstream copy to replay. A published row is
 * "created" (new since then) or "updated"; a row that is no longer public is "removed", with its id
 * only — never its content. Without a publication history, a draft cannot be told from a record
 * that was public and was unpublished, so "removed" lists only rows that existed at `since` and are
 * not public now (a copy ignores ids it never had); drafts created later never appear.
 * A changed quotation counts as a change to the event or control period it supports. With a
 * scope's filter (scopeFilter), only the records of one site or monument (and the sources quoted about them).
 */
export async function listChanges(since: Date, origin: string, only: ScopeFilter = EVERYTHING): Promise<Change[]> {
  const changed = { OR: [{ updatedAt: { gt: since } }, { createdAt: { gt: since } }] };
  const base = { id: true, createdAt: true, updatedAt: true, archivedAt: true } as const;
  const [monuments, events, sources, periods, actors, citations] = await Promise.all([
    db().monument.findMany({ where: { ...changed, ...only.monument }, select: { ...base, state: true, slug: true } }),
    // An event also changes for a reader when its monument is unpublished or archived (it leaves
    // the API with it) or when a source it quotes does (its citations change).
    db().damageEvent.findMany({
      where: { OR: [changed, { monument: changed }, { citations: { some: { source: changed } } }], ...only.event },
      select: {
        ...base,
        state: true,
        monument: { select: { state: true, archivedAt: true, updatedAt: true } },
        citations: { where: { source: changed }, select: { source: { select: { updatedAt: true } } } },
      },
    }),
    db().source.findMany({ where: { ...changed, ...only.source }, select: { ...base, state: true, slug: true } }),
    db().controlPeriod.findMany({ where: { ...changed, ...only.period }, select: { ...base, state: true } }),
    db().actor.findMany({ where: only.actors ? changed : { id: { in: [] } }, select: { ...base, events: { where: { ...visible, monument: visible }, select: { id: true }, take: 1 }, controlPeriods: { where: visible, select: { id: true }, take: 1 } } }),
    db().citation.findMany({
      where: { updatedAt: { gt: since }, OR: [{ damageEventId: { not: null } }, { controlPeriodId: { not: null } }], AND: [only.citation] },
      select: {
        updatedAt: true,
        damageEvent: { select: { ...base, state: true, monument: { select: { state: true, archivedAt: true } } } },
        controlPeriod: { select: { ...base, state: true } },
      },
    }),
  ]);
  const out = new Map<string, Change>();
  const add = (kind: Change["kind"], r: Row, isPublic: boolean, url: string, at = r.updatedAt) => {
    const key = `${kind}:${r.id}`;
    let change: ChangeType;
    if (isPublic) change = r.createdAt > since ? "created" : "updated";
    else if (r.createdAt <= since) change = "removed";
    else return;
    const prev = out.get(key);
    const time = prev && prev.at > at.toISOString() ? prev.at : at.toISOString();
    out.set(key, { kind, id: r.id, change, at: time, ...(change === "removed" ? {} : { url }) });
  };
  const pub = (r: { state?: string; archivedAt: Date | null }) => (r.state === undefined || r.state === "PUBLISHED") && r.archivedAt === null;
  const api = `${origin}/api/v1`;
  for (const m of monuments) add("monument", m, pub(m), `${api}/monuments/${m.slug}`);
  for (const e of events) {
    const at = [e.updatedAt, e.monument.updatedAt, ...e.citations.map((c) => c.source.updatedAt)].reduce((a, b) => (b > a ? b : a));
    add("event", e, pub(e) && pub(e.monument), `${api}/events/${e.id}`, at > since ? at : e.updatedAt);
  }
  for (const s of sources) add("source", s, pub(s), `${api}/sources/${s.slug}`);
  for (const p of periods) add("control-period", p, pub(p), `${api}/control-periods`);
  for (const a of actors) add("actor", a, pub(a) && (a.events.length > 0 || a.controlPeriods.length > 0), `${api}/actors`);
  for (const c of citations) {
    if (c.damageEvent) add("event", c.damageEvent, pub(c.damageEvent) && pub(c.damageEvent.monument), `${api}/events/${c.damageEvent.id}`, c.updatedAt);
    if (c.controlPeriod) add("control-period", c.controlPeriod, pub(c.controlPeriod), `${api}/control-periods`, c.updatedAt);
  }
  return [...out.values()].sort((a, b) => a.at.localeCompare(b.at) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}
