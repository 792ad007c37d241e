import "server-only";
import { damageEventSchema } from "@/lib/schemas/damage-event";
import { date, day, expectOne, type EntityStore } from "../store";

const select = {
  id: true, version: true, archivedAt: true, state: true, monumentId: true, dateEarliest: true, dateLatest: true,
  datePrecision: true, dateText: true, method: true, extent: true, actorId: true, attribution: true, confidence: true,
  figureLabel: true, figureValue: true, description: true, monument: { select: { name: true } },
} as const;

export const damageEventStore: EntityStore<typeof damageEventSchema> = {
  type: "damageEvent",
  schema: damageEventSchema,
  async load(tx, id) {
    const e = await tx.damageEvent.findUnique({ where: { id }, select });
    if (!e) return null;
    return {
      id: e.id,
      title: `${e.monument.name}: ${e.description.slice(0, 60)}`,
      version: e.version,
      archivedAt: e.archivedAt,
      state: e.state,
      content: {
        id: e.id, version: e.version, monumentId: e.monumentId, dateEarliest: day(e.dateEarliest), dateLatest: day(e.dateLatest),
        datePrecision: e.datePrecision, dateText: e.dateText, method: e.method, extent: e.extent, actorId: e.actorId,
        attribution: e.attribution, confidence: e.confidence, figureLabel: e.figureLabel, figureValue: e.figureValue, description: e.description,
      },
    };
  },
  async create(tx, { id: _id, version: _v, ...input }) {
    const row = await tx.damageEvent.create({
      data: { ...input, dateEarliest: date(input.dateEarliest), dateLatest: date(input.dateLatest) },
      select: { id: true },
    });
    return row.id;
  },
  async update(tx, id, version, { id: _id, version: _v, ...input }) {
    expectOne(
      await tx.damageEvent.updateMany({
        where: { id, version },
        data: { ...input, dateEarliest: date(input.dateEarliest), dateLatest: date(input.dateLatest), version: { increment: 1 } },
      }),
    );
  },
  async archive(tx, id, version, archivedAt) {
    expectOne(await tx.damageEvent.updateMany({ where: { id, version }, data: { archivedAt, version: { increment: 1 } } }));
  },
  async setState(tx, id, version, state, by) {
    const review = state === "PUBLISHED" ? { reviewedById: by, reviewedAt: new Date(), publishedAt: new Date() } : state === "DRAFT" ? { publishedAt: null } : {};
    expectOne(await tx.damageEvent.updateMany({ where: { id, version }, data: { state, ...review, version: { increment: 1 } } }));
  },
};
