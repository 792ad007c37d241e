import "server-only";
import { db } from "@/lib/db";
import { visible } from "./public-filters";

/**
 * The dataset's version as a report can quote it: the time of the latest change to any published
 * record ("data as of …"). Two exports with the same version were made from the same data.
 */
export async function getDatasetVersion(): Promise<string> {
  const latest = await Promise.all([
    db().monument.aggregate({ where: visible, _max: { updatedAt: true } }),
    db().damageEvent.aggregate({ where: visible, _max: { updatedAt: true } }),
    db().source.aggregate({ where: visible, _max: { updatedAt: true } }),
    db().controlPeriod.aggregate({ where: visible, _max: { updatedAt: true } }),
  ]);
  const times = latest.map((l) => l._max.updatedAt?.getTime() ?? 0);
  const max = Math.max(...times);
  return max ? `data as of ${new Date(max).toISOString()}` : "empty dataset";
}
