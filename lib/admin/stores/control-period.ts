import "server-only";
import { controlPeriodSchema, type ControlPeriodInput } from "@/lib/schemas/control-period";
import { date, day, expectOne, type EntityStore } from "../store";

function data({ id: _id, version: _v, ...p }: ControlPeriodInput) {
  return {
    ...p,
    startEarliest: date(p.startEarliest)!,
    startLatest: date(p.startLatest)!,
    endEarliest: date(p.endEarliest),
    endLatest: date(p.endLatest),
  };
}

export const controlPeriodStore: EntityStore<typeof controlPeriodSchema> = {
  type: "controlPeriod",
  schema: controlPeriodSchema,
  async load(tx, id) {
    const p = await tx.controlPeriod.findUnique({ where: { id }, include: { actor: { select: { name: true } } } });
    if (!p) return null;
    return {
      id: p.id, title: `${p.actor.name} from ${day(p.startEarliest)}`, version: p.version, archivedAt: p.archivedAt, state: p.state,
      content: {
        id: p.id, version: p.version, actorId: p.actorId, startEarliest: day(p.startEarliest)!, startLatest: day(p.startLatest)!,
        startPrecision: p.startPrecision, startText: p.startText, endEarliest: day(p.endEarliest), endLatest: day(p.endLatest),
        endPrecision: p.endPrecision, endText: p.endText, confidence: p.confidence, description: p.description,
      },
    };
  },
  async create(tx, input) {
    return (await tx.controlPeriod.create({ data: data(input), select: { id: true } })).id;
  },
  async update(tx, id, version, input) {
    expectOne(await tx.controlPeriod.updateMany({ where: { id, version }, data: { ...data(input), version: { increment: 1 } } }));
  },
  async archive(tx, id, version, archivedAt) {
    expectOne(await tx.controlPeriod.updateMany({ where: { id, version }, data: { archivedAt, version: { increment: 1 } } }));
  },
  async setState(tx, id, version, state) {
    expectOne(await tx.controlPeriod.updateMany({ where: { id, version }, data: { state, version: { increment: 1 } } }));
  },
};
