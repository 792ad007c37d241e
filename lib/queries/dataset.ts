import "server-only";
import { db } from "@/lib/db";

/**
 * The dataset's version as a report can quote it: the time of the latest change to any record
 * ("data as of …"). Taken over every row, published or not, so that unpublishing, archiving or
 * editing a quotation moves it too: two exports with the same version were made from the same
 * data. (A draft edit moves it without changing what is exported, which is harmless.)
 */
export async function getDatasetVersion(): Promise<string> {
  const latest = await Promise.all([
    db().monument.aggregate({ _max: { updatedAt: true } }),
    db().damageEvent.aggregate({ _max: { updatedAt: true } }),
    db().source.aggregate({ _max: { updatedAt: true } }),
    db().controlPeriod.aggregate({ _max: { updatedAt: true } }),
    db().citation.aggregate({ _max: { updatedAt: true } }),
    db().actor.aggregate({ _max: { updatedAt: true } }),
  ]);
  const times = latest.map((l) => l._max.updatedAt?.getTime() ?? 0);
  const max = times.reduce((a, b) => Math.max(a, b), 0);
  return max ? `data as of ${new Date(max).toISOString()}` : "empty dataset";
}
