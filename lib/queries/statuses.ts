import "server-only";
import { db, editorDb } from "@/lib/db";
import { refreshStaleStatuses } from "@/lib/status-store";

/**
 * Every write through the app derives the statuses it changes before it commits; a write made
 * elsewhere (a script, psql, a restore of an older dump) is noted by the triggers and derived here,
 * on the next read, on the editors' connection.
 */
export async function ensureStatusesCurrent(): Promise<void> {
  const stale = await db().monumentStatusStale.findFirst({ select: { monumentId: true } });
  if (stale) await editorDb().$transaction((tx) => refreshStaleStatuses(tx), { timeout: 120_000 });
}
