import "server-only";
import { editorDb } from "@/lib/db";
import type { Option } from "@/lib/schemas/fields";
import type { Json } from "@/lib/revision-diff";
import { STATEFUL, type EntityType } from "./entity-types";
import { STORES } from "./stores";

// The admin screens' reads: every record, drafts and archived included (the pages call
// requireUser first). Plain selected objects, as in lib/queries.

export type RecordSummary = { id: string; title: string; state: string | null; archivedAt: Date | null; updatedAt: Date; version: number };

export const RECORD_STATES = ["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"] as const;
export type RecordStateFilter = (typeof RECORD_STATES)[number];

/**
 * One page of a record type, most recently changed first, read in SQL; `state` narrows records
 * that have one (ARCHIVED: archived whatever their state; the others: not archived).
 */
export async function listRecords(type: EntityType, { offset, limit, state }: { offset: number; limit: number; state?: RecordStateFilter }): Promise<{ total: number; items: RecordSummary[] }> {
  const base = { id: true, archivedAt: true, updatedAt: true, version: true } as const;
  const orderBy = [{ updatedAt: "desc" }, { id: "asc" }] as const;
  const page = { skip: offset, take: limit, orderBy: [...orderBy] };
  const where = !state ? {} : state === "ARCHIVED" ? { archivedAt: { not: null } } : { archivedAt: null, ...(STATEFUL.has(type) ? { state } : {}) };
  const p = editorDb();
  switch (type) {
    case "damageEvent": {
      const [total, rows] = await Promise.all([p.damageEvent.count({ where }), p.damageEvent.findMany({ where, ...page, select: { ...base, state: true, description: true, monument: { select: { name: true } } } })]);
      return { total, items: rows.map(({ monument, description, ...e }) => ({ ...e, title: `${monument.name}: ${description.slice(0, 80)}` })) };
    }
    case "monument": {
      const [total, rows] = await Promise.all([p.monument.count({ where }), p.monument.findMany({ where, ...page, select: { ...base, state: true, name: true } })]);
      return { total, items: rows.map(({ name, ...m }) => ({ ...m, title: name })) };
    }
    case "source": {
      const [total, rows] = await Promise.all([p.source.count({ where }), p.source.findMany({ where, ...page, select: { ...base, state: true, title: true, publisher: true } })]);
      return { total, items: rows.map(({ title, publisher, ...s }) => ({ ...s, title: `${title} (${publisher})` })) };
    }
    case "citation": {
      const w = state === "ARCHIVED" ? where : { archivedAt: null };
      const [total, rows] = await Promise.all([p.citation.count({ where: w }), p.citation.findMany({ where: w, ...page, select: { ...base, quote: true, source: { select: { title: true } } } })]);
      return { total, items: rows.map(({ quote, source, ...c }) => ({ ...c, state: null, title: `“${quote.slice(0, 80)}” — ${source.title}` })) };
    }
    case "actor": {
      const w = state === "ARCHIVED" ? where : state ? { archivedAt: null } : {};
      const [total, rows] = await Promise.all([p.actor.count({ where: w }), p.actor.findMany({ where: w, ...page, select: { ...base, name: true } })]);
      return { total, items: rows.map(({ name, ...a }) => ({ ...a, state: null, title: name })) };
    }
    case "controlPeriod": {
      const [total, rows] = await Promise.all([p.controlPeriod.count({ where }), p.controlPeriod.findMany({ where, ...page, select: { ...base, state: true, startEarliest: true, actor: { select: { name: true } } } })]);
      return { total, items: rows.map(({ actor, startEarliest, ...c }) => ({ ...c, title: `${actor.name} from ${startEarliest.toISOString().slice(0, 10)}` })) };
    }
  }
}

export async function loadRecord(type: EntityType, id: string) {
  return STORES[type].load(editorDb(), id);
}

/** For a new quote: the state of the record it will support (what its form's buttons say), if chosen. */
export async function stateOfTarget(type: EntityType, values: Record<string, string>) {
  const stateOf = STORES[type].stateOf;
  if (!stateOf) return null;
  // stateOf reads only the target's id; the rest of the form is not filled in yet.
  const target = { damageEventId: values.damageEventId || null, controlPeriodId: values.controlPeriodId || null, monumentId: values.monumentId || null };
  return stateOf(editorDb(), target as Parameters<typeof stateOf>[1]);
}

/** The choices the forms' select fields name (FieldDef.options as a string). */
export async function formChoices(): Promise<Record<string, Option[]>> {
  const p = editorDb();
  const [sites, monuments, actors, sources, events, periods] = await Promise.all([
    p.site.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    p.monument.findMany({ where: { archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    p.actor.findMany({ where: { archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    p.source.findMany({ where: { archivedAt: null }, select: { id: true, title: true, publisher: true }, orderBy: { title: "asc" } }),
    p.damageEvent.findMany({ where: { archivedAt: null }, orderBy: { updatedAt: "desc" }, select: { id: true, description: true, monument: { select: { name: true } } } }),
    p.controlPeriod.findMany({ where: { archivedAt: null }, orderBy: { updatedAt: "desc" }, select: { id: true, startEarliest: true, actor: { select: { name: true } } } }),
  ]);
  return {
    sites: sites.map((s) => ({ value: s.id, label: s.name })),
    monuments: monuments.map((m) => ({ value: m.id, label: m.name })),
    actors: actors.map((a) => ({ value: a.id, label: a.name })),
    sources: sources.map((s) => ({ value: s.id, label: `${s.title} (${s.publisher})` })),
    events: events.map((e) => ({ value: e.id, label: `${e.monument.name}: ${e.description.slice(0, 80)}` })),
    controlPeriods: periods.map((c) => ({ value: c.id, label: `${c.actor.name} from ${c.startEarliest.toISOString().slice(0, 10)}` })),
  };
}

export async function getHistory(type: EntityType, id: string) {
  const revisions = await editorDb().revision.findMany({
    where: { entityType: type, entityId: id },
    orderBy: { version: "desc" },
    select: { id: true, version: true, action: true, createdAt: true, before: true, after: true, actor: { select: { name: true, email: true } } },
  });
  return revisions.map((r) => ({ ...r, before: r.before as Json | null, after: r.after as Json | null }));
}

/** Citations of an event, for its admin page (drafts included). */
export async function getEventCitations(eventId: string) {
  return editorDb().citation.findMany({
    where: { damageEventId: eventId },
    orderBy: { createdAt: "asc" },
    select: { id: true, quote: true, prefix: true, suffix: true, paragraph: true, archivedAt: true, source: { select: { id: true, title: true, publisher: true } } },
  });
}

export async function listUsers() {
  return editorDb().user.findMany({ orderBy: { email: "asc" }, select: { id: true, email: true, name: true, role: true } });
}
