import "server-only";
import { db } from "@/lib/db";
import { visible } from "./public-filters";

export async function listControlPeriods() {
  return db().controlPeriod.findMany({
    where: visible,
    orderBy: { startEarliest: "asc" },
    select: {
      id: true,
      startEarliest: true,
      startLatest: true,
      startPrecision: true,
      startText: true,
      endEarliest: true,
      endLatest: true,
      endPrecision: true,
      endText: true,
      confidence: true,
      description: true,
      actor: { select: { name: true, slug: true, kind: true } },
      citations: {
        where: { archivedAt: null, source: visible },
        select: { id: true, quote: true, source: { select: { slug: true, title: true, publisher: true } } },
      },
    },
  });
}

export type ControlPeriodRow = Awaited<ReturnType<typeof listControlPeriods>>[number];
