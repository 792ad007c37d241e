import "server-only";
import type { Tx } from "@/lib/db";
import { diffSnapshots, type Json } from "@/lib/revision-diff";
import { snapshotOf, type LoadedRow } from "@/lib/admin/store";
import { ActionFailure } from "./authorized-action";

/** The record as it was at `version`: the `before` of the first change made after it. */
export async function snapshotAt(tx: Tx, entityId: string, version: number): Promise<Json | null> {
  const next = await tx.revision.findFirst({
    where: { entityId, version: { gt: version }, before: { not: undefined } },
    orderBy: { version: "asc" },
    select: { before: true },
  });
  return (next?.before as Json | undefined) ?? null;
}

/** A stale save: say who changed what since the user loaded the form, and keep their input. */
export async function conflict(tx: Tx, row: LoadedRow<unknown>, loadedVersion: number | null): Promise<ActionFailure> {
  const then = loadedVersion ? await snapshotAt(tx, row.id, loadedVersion) : null;
  const last = await tx.revision.findFirst({
    where: { entityId: row.id },
    orderBy: { version: "desc" },
    select: { actor: { select: { name: true, email: true } }, createdAt: true },
  });
  const who = last ? ` by ${last.actor.name} (${last.actor.email}) at ${last.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC` : "";
  return new ActionFailure({
    status: "conflict",
    message:
      `Someone else saved this record while you were editing it (you opened version ${loadedVersion ?? "?"}, it is now version ${row.version}${who}). ` +
      "Your changes are still in the form and were not saved. Check what changed below; saving again will replace their version with yours.",
    changes: then ? diffSnapshots(then, snapshotOf(row)) : [],
    currentVersion: row.version,
  });
}
