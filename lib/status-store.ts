// Derived status kept in the database. Status stays derived from claims (lib/status.ts); this
// module stores each public monument's current status in MonumentStatus so that lists read one
// row per monument instead of every claim. Triggers (migration 20261205180000_monument_status)
// note in MonumentStatusStale every monument a write may change; refreshStaleStatuses derives
// those again inside the same transaction, before it commits. Not "server-only": the importer,
// the seed and the generator run it under tsx.

import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { refreshDisagreements } from "@/lib/disagreement-store";
import { sourceOrigin } from "@/lib/independence";
import { chunks } from "@/lib/paging";
import { deriveParentStatus, deriveStatus, type ComponentStatus, type DerivedStatus, type ParentStatus, type StatusClaim } from "@/lib/status";
import type { Status } from "@/lib/domain";
import { reportedOn } from "@/lib/time";
import { visible } from "@/lib/queries/public-filters";

/** What lib/status reads of a claim, as selected for a public page. */
export const claimSelect = {
  id: true,
  monumentId: true,
  sameAsId: true,
  extent: true,
  confidence: true,
  state: true,
  archivedAt: true,
  dateEarliest: true,
  dateLatest: true,
  datePrecision: true,
  // The publication dates of its public sources: when the claim became known (knowledge time).
  citations: { where: { archivedAt: null, source: visible }, select: { source: { select: { publishedEarliest: true, publishedLatest: true, publisher: true, agency: true } } } },
} as const;

type ClaimSource = { publishedEarliest: Date | null; publishedLatest: Date | null; publisher: string; agency: string | null };

/** A claim as lib/status reads it: the first day one of its sources was public, and their independent origins. */
export function asStatusClaim<C extends { citations: { source: ClaimSource }[] }>(c: C): C & { reportedOn: string | null; origins: string[] } {
  return { ...c, reportedOn: reportedOn(c.citations.map((x) => x.source)), origins: [...new Set(c.citations.map((x) => sourceOrigin(x.source)))] };
}

export type StoredStatus = DerivedStatus | ParentStatus;

/** The stale monuments and every ancestor of theirs: a parent summarises its components. */
async function withAncestors(tx: Tx, ids: string[]): Promise<Set<string>> {
  const all = new Set(ids);
  let frontier = ids;
  while (frontier.length) {
    const next: string[] = [];
    for (const part of chunks(frontier)) {
      const rows = await tx.monument.findMany({ where: { id: { in: part }, parentId: { not: null } }, select: { parentId: true } });
      for (const r of rows) {
        if (!r.parentId || all.has(r.parentId)) continue;
        all.add(r.parentId);
        next.push(r.parentId);
      }
    }
    frontier = next;
  }
  return all;
}

/**
 * Derives again the status of every monument noted stale (and their ancestors), in the caller's
 * transaction, and clears the notes. Returns how many monuments it derived.
 */
export async function refreshStaleStatuses(tx: Tx): Promise<number> {
  const stale = await tx.$queryRaw<{ monumentId: string }[]>`DELETE FROM "MonumentStatusStale" RETURNING "monumentId"`;
  if (!stale.length) return 0;
  return refreshStatuses(tx, [...(await withAncestors(tx, stale.map((s) => s.monumentId)))]);
}

/** Derives and stores the status of these monuments (components resolved first; others read from the table). */
export async function refreshStatuses(tx: Tx, ids: string[]): Promise<number> {
  const todo = new Set(ids);
  type Row = { id: string; parentId: string | null; slug: string; name: string; events: StatusClaim[] };
  const rows = new Map<string, Row>();
  const children = new Map<string, string[]>();
  for (const part of chunks(ids)) {
    const found = await tx.monument.findMany({
      where: { id: { in: part }, ...visible },
      select: { id: true, slug: true, name: true, parentId: true, events: { where: visible, select: claimSelect }, components: { where: visible, select: { id: true } } },
    });
    for (const m of found) {
      rows.set(m.id, { id: m.id, parentId: m.parentId, slug: m.slug, name: m.name, events: m.events.map(asStatusClaim) });
      children.set(m.id, m.components.map((c) => c.id));
    }
  }
  // Components outside this refresh keep their stored status.
  const outside = [...new Set([...children.values()].flat())].filter((id) => !rows.has(id));
  const kept = new Map<string, ComponentStatus>();
  for (const part of chunks(outside)) {
    const found = await tx.monument.findMany({ where: { id: { in: part } }, select: { id: true, slug: true, name: true, derivedStatus: { select: { derived: true } } } });
    for (const m of found) {
      const d = m.derivedStatus?.derived as StoredStatus | undefined;
      if (d) kept.set(m.id, { slug: m.slug, name: m.name, status: d.status as Status, settled: d.settled });
    }
  }

  const result = new Map<string, StoredStatus>();
  const visiting = new Set<string>();
  const resolve = (m: Row): StoredStatus => {
    const known = result.get(m.id);
    if (known) return known;
    // A parent loop must not stop the refresh: a component already being resolved is left out (as in lib/queries/monuments).
    visiting.add(m.id);
    const components: ComponentStatus[] = [];
    for (const id of children.get(m.id) ?? []) {
      if (visiting.has(id)) continue;
      const row = rows.get(id);
      if (row) {
        const r = resolve(row);
        components.push({ slug: row.slug, name: row.name, status: r.status, settled: r.settled });
      } else if (kept.has(id)) components.push(kept.get(id)!);
    }
    visiting.delete(m.id);
    const derived = components.length ? deriveParentStatus(m.events, components) : deriveStatus(m.events);
    result.set(m.id, derived);
    return derived;
  };
  rows.forEach((m) => resolve(m));

  const gone = [...todo].filter((id) => !rows.has(id));
  if (gone.length) for (const part of chunks(gone)) await tx.monumentStatus.deleteMany({ where: { monumentId: { in: part } } });
  const now = new Date();
  for (const part of chunks([...result])) {
    await tx.monumentStatus.deleteMany({ where: { monumentId: { in: part.map(([id]) => id) } } });
    await tx.monumentStatus.createMany({
      data: part.map(([monumentId, derived]) => ({ monumentId, status: derived.status, derived: derived as unknown as Prisma.InputJsonValue, events: rows.get(monumentId)!.events.length, derivedAt: now })),
    });
  }
  // Where their accounts disagree with the other accounts of their occurrences, stored beside the status.
  await refreshDisagreements(tx, ids);
  // The rows written above fire no trigger; anything noted meanwhile was noted by this refresh's own reads (none).
  return result.size;
}

/** Every monument's status derived again from scratch (the importer, the generator, a repair). */
export async function rebuildAllStatuses(tx: Tx): Promise<number> {
  await tx.$executeRaw`DELETE FROM "MonumentStatusStale"`;
  const ids = (await tx.monument.findMany({ select: { id: true } })).map((m) => m.id);
  return refreshStatuses(tx, ids);
}
