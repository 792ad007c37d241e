import "server-only";
import type { Tx } from "@/lib/db";
import { actorSchema, type ActorInput } from "@/lib/schemas/actor";
import { slugify, uniqueSlug } from "@/lib/slug";
import { expectOne, type EntityStore } from "../store";

async function writeAliases(tx: Tx, actorId: string, aliases: ActorInput["aliases"]) {
  await tx.actorAlias.deleteMany({ where: { actorId } });
  const unique = [...new Map(aliases.map((a) => [a.value, a])).values()];
  if (unique.length) await tx.actorAlias.createMany({ data: unique.map((a) => ({ ...a, actorId })) });
}

// Actors have no publication state of their own: the public sees an actor through published
// events and control periods, so one they name counts as published for the row-level rule.
export const actorStore: EntityStore<typeof actorSchema> = {
  type: "actor",
  schema: actorSchema,
  async load(tx, id) {
    const a = await tx.actor.findUnique({
      where: { id },
      include: {
        aliases: { select: { value: true, lang: true }, orderBy: { value: "asc" } },
        _count: { select: { events: { where: { state: "PUBLISHED" } }, controlPeriods: { where: { state: "PUBLISHED" } } } },
      },
    });
    if (!a) return null;
    const shown = a._count.events + a._count.controlPeriods > 0;
    return {
      id: a.id, title: a.name, version: a.version, archivedAt: a.archivedAt, state: shown ? "PUBLISHED" : null,
      content: { id: a.id, version: a.version, name: a.name, kind: a.kind, aliases: a.aliases },
    };
  },
  async create(tx, input) {
    const base = slugify(input.name, "actor");
    const taken = await tx.actor.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
    const row = await tx.actor.create({
      data: { name: input.name, kind: input.kind, slug: uniqueSlug(base, new Set(taken.map((t) => t.slug))) },
      select: { id: true },
    });
    await writeAliases(tx, row.id, input.aliases);
    return row.id;
  },
  async update(tx, id, version, input) {
    expectOne(await tx.actor.updateMany({ where: { id, version }, data: { name: input.name, kind: input.kind, version: { increment: 1 } } }));
    await writeAliases(tx, id, input.aliases);
  },
  async archive(tx, id, version, archivedAt) {
    expectOne(await tx.actor.updateMany({ where: { id, version }, data: { archivedAt, version: { increment: 1 } } }));
  },
};
