import "server-only";
import { snapshotOf, type EntityStore, type LoadedRow } from "@/lib/admin/store";
import { STORES } from "@/lib/admin/stores";
import type { RowState } from "@/lib/permissions";
import type { ActionContext } from "./authorized-action";

const ACTION = { DRAFT: "unpublish", IN_REVIEW: "submit", PUBLISHED: "publish" } as const;

/** Creates a record through its store and records the "create" revision (report and intake share it). */
export async function createRecorded<I>(ctx: ActionContext<unknown>, store: EntityStore, input: I) {
  const id = await store.create(ctx.tx, input);
  const row = (await store.load(ctx.tx, id))!;
  await ctx.record({ entityType: store.type, entityId: id, version: row.version, action: "create", before: null, after: snapshotOf(row) });
  return row;
}

export async function setStateRecorded(ctx: ActionContext<unknown>, store: EntityStore, row: LoadedRow<unknown>, to: RowState) {
  await store.setState!(ctx.tx, row.id, row.version, to, ctx.user.id);
  const after = (await store.load(ctx.tx, row.id))!;
  // Withdrawing from review is an edit of the state, not an unpublish.
  const action = to === "DRAFT" && row.state !== "PUBLISHED" ? "update" : ACTION[to];
  await ctx.record({ entityType: store.type, entityId: row.id, version: after.version, action, before: snapshotOf(row), after: snapshotOf(after) });
}

/**
 * Publishing a claim publishes what it stands on: its monument and the sources it quotes, if they
 * are still drafts (a report adds all three at once). Each gets its own revision. Returns the
 * records published along the way as "type:id", so a batch that also lists one of them does not
 * mistake its new version for someone else's edit.
 */
export async function publishWithDependencies(ctx: ActionContext<unknown>, store: EntityStore, row: LoadedRow<unknown>): Promise<string[]> {
  ctx.authorize("record.publish", row.state);
  await setStateRecorded(ctx, store, row, "PUBLISHED");
  if (store.type !== "damageEvent" && store.type !== "controlPeriod") return [];
  const { tx } = ctx;
  const cited = await tx.citation.findMany({
    where: { archivedAt: null, ...(store.type === "damageEvent" ? { damageEventId: row.id } : { controlPeriodId: row.id }) },
    select: { sourceId: true },
  });
  const deps: [EntityStore, string][] = [...new Set(cited.map((c) => c.sourceId))].map((id) => [STORES.source, id]);
  if (store.type === "damageEvent") {
    const event = await tx.damageEvent.findUnique({ where: { id: row.id }, select: { monumentId: true } });
    if (event) deps.unshift([STORES.monument, event.monumentId]);
  }
  const published: string[] = [];
  for (const [depStore, id] of deps) {
    const dep = await depStore.load(tx, id);
    if (dep && dep.state !== "PUBLISHED") {
      await setStateRecorded(ctx, depStore, dep, "PUBLISHED");
      published.push(`${depStore.type}:${id}`);
    }
  }
  return published;
}
