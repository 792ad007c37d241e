import "server-only";
import { citationSchema } from "@/lib/schemas/citation";
import { expectOne, type EntityStore } from "../store";

// A citation has no publication state of its own: it is public when what it supports is, so the
// row-level rule uses that record's state (an editor cannot change a quote under a published event).
export const citationStore: EntityStore<typeof citationSchema> = {
  type: "citation",
  schema: citationSchema,
  async load(tx, id) {
    const c = await tx.citation.findUnique({
      where: { id },
      include: {
        source: { select: { title: true } },
        damageEvent: { select: { state: true } },
        controlPeriod: { select: { state: true } },
        monument: { select: { state: true } },
      },
    });
    if (!c) return null;
    const state = c.damageEvent?.state ?? c.controlPeriod?.state ?? c.monument?.state ?? (c.siteId ? "PUBLISHED" : null);
    return {
      id: c.id, title: `“${c.quote.slice(0, 60)}” — ${c.source.title}`, version: c.version, archivedAt: c.archivedAt, state,
      content: {
        id: c.id, version: c.version, sourceId: c.sourceId, damageEventId: c.damageEventId, controlPeriodId: c.controlPeriodId,
        monumentId: c.monumentId, field: c.field, quote: c.quote, prefix: c.prefix, suffix: c.suffix, paragraph: c.paragraph,
      },
    };
  },
  async stateOf(tx, input) {
    const select = { select: { state: true } } as const;
    const target = input.damageEventId
      ? await tx.damageEvent.findUnique({ where: { id: input.damageEventId }, ...select })
      : input.controlPeriodId
        ? await tx.controlPeriod.findUnique({ where: { id: input.controlPeriodId }, ...select })
        : input.monumentId
          ? await tx.monument.findUnique({ where: { id: input.monumentId }, ...select })
          : null;
    return target?.state ?? null;
  },
  async create(tx, { id: _id, version: _v, ...input }) {
    return (await tx.citation.create({ data: input, select: { id: true } })).id;
  },
  async update(tx, id, version, { id: _id, version: _v, ...input }) {
    expectOne(await tx.citation.updateMany({ where: { id, version }, data: { ...input, version: { increment: 1 } } }));
  },
  async archive(tx, id, version, archivedAt) {
    expectOne(await tx.citation.updateMany({ where: { id, version }, data: { archivedAt, version: { increment: 1 } } }));
  },
};
