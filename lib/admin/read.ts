import "server-only";
import { db } from "@/lib/db";
import type { Option } from "@/lib/schemas/fields";
import type { Json } from "@/lib/revision-diff";
import type { EntityType } from "./entity-types";
import { STORES } from "./stores";

// The admin screens' reads: every record, drafts and archived included (the pages call
// requireUser first). Plain selected objects, as in lib/queries.

export type RecordSummary = { id: string; title: string; state: string | null; archivedAt: Date | null; updatedAt: Date; version: number };

export async function listRecords(type: EntityType): Promise<RecordSummary[]> {
  const base = { id: true, archivedAt: true, updatedAt: true, version: true } as const;
  const order = { updatedAt: "desc" } as const;
  const p = db();
  switch (type) {
    case "damageEvent":
      return (await p.damageEvent.findMany({ orderBy: order, select: { ...base, state: true, description: true, monument: { select: { name: true } } } })).map(
        ({ monument, description, ...e }) => ({ ...e, title: `${monument.name}: ${description.slice(0, 80)}` }),
      );
    case "monument":
      return (await p.monument.findMany({ orderBy: order, select: { ...base, state: true, name: true } })).map(({ name, ...m }) => ({ ...m, title: name }));
    case "source":
      return (await p.source.findMany({ orderBy: order, select: { ...base, state: true, title: true, publisher: true } })).map(({ title, publisher, ...s }) => ({ ...s, title: `${title} (${publisher})` }));
    case "citation":
      return (await p.citation.findMany({ orderBy: order, select: { ...base, quote: true, source: { select: { title: true } } } })).map(({ quote, source, ...c }) => ({
        ...c,
        state: null,
        title: `“${quote.slice(0, 80)}” — ${source.title}`,
      }));
    case "actor":
      return (await p.actor.findMany({ orderBy: order, select: { ...base, name: true } })).map(({ name, ...a }) => ({ ...a, state: null, title: name }));
    case "controlPeriod":
      return (await p.controlPeriod.findMany({ orderBy: order, select: { ...base, state: true, startEarliest: true, actor: { select: { name: true } } } })).map(
        ({ actor, startEarliest, ...c }) => ({ ...c, title: `${actor.name} from ${startEarliest.toISOString().slice(0, 10)}` }),
      );
  }
}

export async function loadRecord(type: EntityType, id: string) {
  return STORES[type].load(db(), id);
}

/** For a new quote: the state of the record it will support (what its form's buttons say), if chosen. */
export async function stateOfTarget(type: EntityType, values: Record<string, string>) {
  const stateOf = STORES[type].stateOf;
  if (!stateOf) return null;
  // stateOf reads only the target's id; the rest of the form is not filled in yet.
  const target = { damageEventId: values.damageEventId || null, controlPeriodId: values.controlPeriodId || null, monumentId: values.monumentId || null };
  return stateOf(db(), target as Parameters<typeof stateOf>[1]);
}

/** The choices the forms' select fields name (FieldDef.options as a string). */
export async function formChoices(): Promise<Record<string, Option[]>> {
  const p = db();
  const [sites, monuments, actors, sources, events, periods] = await Promise.all([
    p.site.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    p.monument.findMany({ where: { archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    p.actor.findMany({ where: { archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    p.source.findMany({ where: { archivedAt: null }, select: { id: true, title: true, publisher: true }, orderBy: { title: "asc" } }),
    listRecords("damageEvent"),
    listRecords("controlPeriod"),
  ]);
  return {
    sites: sites.map((s) => ({ value: s.id, label: s.name })),
    monuments: monuments.map((m) => ({ value: m.id, label: m.name })),
    actors: actors.map((a) => ({ value: a.id, label: a.name })),
    sources: sources.map((s) => ({ value: s.id, label: `${s.title} (${s.publisher})` })),
    events: events.filter((e) => !e.archivedAt).map((e) => ({ value: e.id, label: e.title })),
    controlPeriods: periods.filter((c) => !c.archivedAt).map((c) => ({ value: c.id, label: c.title })),
  };
}

export async function getHistory(type: EntityType, id: string) {
  const revisions = await db().revision.findMany({
    where: { entityType: type, entityId: id },
    orderBy: { version: "desc" },
    select: { id: true, version: true, action: true, createdAt: true, before: true, after: true, actor: { select: { name: true, email: true } } },
  });
  return revisions.map((r) => ({ ...r, before: r.before as Json | null, after: r.after as Json | null }));
}

/** Citations of an event, for its admin page (drafts included). */
export async function getEventCitations(eventId: string) {
  return db().citation.findMany({
    where: { damageEventId: eventId },
    orderBy: { createdAt: "asc" },
    select: { id: true, quote: true, prefix: true, suffix: true, paragraph: true, archivedAt: true, source: { select: { id: true, title: true, publisher: true } } },
  });
}

export async function listUsers() {
  return db().user.findMany({ orderBy: { email: "asc" }, select: { id: true, email: true, name: true, role: true } });
}
