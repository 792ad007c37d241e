import "server-only";
import { db } from "@/lib/db";
import { formatInterval } from "@/lib/dates";
import { CONFIDENCE_LABELS, EXTENT_LABELS, METHOD_LABELS, MONUMENT_TYPE_LABELS, SOURCE_KIND_LABELS } from "@/lib/labels";
import type { EntityType } from "./entity-types";

// The reviewer's queue: every record sent for review, with what publishing it will show the public.
// A quote has no state of its own (it is public when what it supports is), so each quote under a
// record in review is listed with it, as it will read (the passage and the words around it).

export type QueueQuote = { id: string; quote: string; prefix: string; suffix: string; paragraph: number | null; source: string; sourceState: string };
export type QueueItem = {
  type: EntityType;
  id: string;
  version: number;
  title: string;
  updatedAt: Date;
  /** What will be published: the record's own facts, one line each. */
  details: string[];
  /** The quotes published with it. */
  quotes: QueueQuote[];
};

const waiting = { state: "IN_REVIEW", archivedAt: null } as const;
/** At most this many records of each type, the longest waiting first (a bulk publish is one transaction). */
const QUEUE_PER_TYPE = 500;
const oldestWaiting = { where: waiting, orderBy: [{ updatedAt: "asc" as const }, { id: "asc" as const }], take: QUEUE_PER_TYPE };
const quotes = {
  where: { archivedAt: null },
  orderBy: { createdAt: "asc" },
  select: { id: true, quote: true, prefix: true, suffix: true, paragraph: true, source: { select: { title: true, publisher: true, state: true } } },
} as const;
type QuoteRow = { id: string; quote: string; prefix: string; suffix: string; paragraph: number | null; source: { title: string; publisher: string; state: string } };

const passage = (c: QuoteRow): QueueQuote => ({
  id: c.id, quote: c.quote, prefix: c.prefix, suffix: c.suffix, paragraph: c.paragraph, source: `${c.source.title} (${c.source.publisher})`, sourceState: c.source.state,
});
export async function getReviewQueue(): Promise<QueueItem[]> {
  const p = db();
  const [events, sources, monuments, periods] = await Promise.all([
    p.damageEvent.findMany({
      ...oldestWaiting,
      select: {
        id: true, version: true, updatedAt: true, description: true, dateEarliest: true, dateLatest: true, datePrecision: true, method: true, extent: true, confidence: true,
        monument: { select: { name: true } }, actor: { select: { name: true } }, citations: quotes,
      },
    }),
    p.source.findMany({ ...oldestWaiting, select: { id: true, version: true, updatedAt: true, title: true, publisher: true, authors: true, url: true, kind: true, publishedEarliest: true, publishedLatest: true, publishedPrecision: true } }),
    p.monument.findMany({ ...oldestWaiting, select: { id: true, version: true, updatedAt: true, name: true, type: true, description: true, citations: quotes } }),
    p.controlPeriod.findMany({
      ...oldestWaiting,
      select: { id: true, version: true, updatedAt: true, description: true, startEarliest: true, startLatest: true, startPrecision: true, confidence: true, actor: { select: { name: true } }, citations: quotes },
    }),
  ]);
  const items: QueueItem[] = [];
  for (const e of events) {
    const title = `${e.monument.name}: ${e.description.slice(0, 80)}`;
    const when = formatInterval({ earliest: e.dateEarliest, latest: e.dateLatest, precision: e.datePrecision });
    items.push({
      type: "damageEvent", id: e.id, version: e.version, title, updatedAt: e.updatedAt, quotes: e.citations.map(passage),
      details: [`${e.extent ? EXTENT_LABELS[e.extent] : "Extent not stated"} · ${METHOD_LABELS[e.method]} · ${when}${e.actor ? ` · ${e.actor.name}` : ""}`, `Confidence: ${CONFIDENCE_LABELS[e.confidence]}`, e.description],
    });
  }
  for (const s of sources) {
    const published = formatInterval({ earliest: s.publishedEarliest, latest: s.publishedLatest, precision: s.publishedPrecision });
    const by = s.authors.length ? ` · by ${s.authors.join(", ")}` : "";
    items.push({ type: "source", id: s.id, version: s.version, title: `${s.title} (${s.publisher})`, updatedAt: s.updatedAt, quotes: [], details: [`${SOURCE_KIND_LABELS[s.kind]} · ${s.publisher} · ${published}${by}`, ...(s.url ? [s.url] : [])] });
  }
  for (const m of monuments) {
    items.push({ type: "monument", id: m.id, version: m.version, title: m.name, updatedAt: m.updatedAt, quotes: m.citations.map(passage), details: [MONUMENT_TYPE_LABELS[m.type], m.description] });
  }
  for (const c of periods) {
    const title = `${c.actor.name} from ${c.startEarliest.toISOString().slice(0, 10)}`;
    const from = formatInterval({ earliest: c.startEarliest, latest: c.startLatest, precision: c.startPrecision });
    items.push({ type: "controlPeriod", id: c.id, version: c.version, title, updatedAt: c.updatedAt, quotes: c.citations.map(passage), details: [`${c.actor.name} holds the city from ${from}`, `Confidence: ${CONFIDENCE_LABELS[c.confidence]}`, c.description] });
  }
  return items.sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime());
}
