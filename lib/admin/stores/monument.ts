import "server-only";
import type { Tx } from "@/lib/db";
import { monumentSchema, type MonumentInput } from "@/lib/schemas/monument";
import { slugify, uniqueSlug } from "@/lib/slug";
import { expectOne, type EntityStore } from "../store";

async function freeSlug(tx: Tx, name: string) {
  const base = slugify(name, "monument");
  const taken = await tx.monument.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return uniqueSlug(base, new Set(taken.map((t) => t.slug)));
}

function fields({ id: _id, version: _v, names: _n, ...m }: MonumentInput) {
  return m;
}

// Names are replaced as a whole: the form edits the list, and the revision keeps the old one.
async function writeNames(tx: Tx, monumentId: string, names: MonumentInput["names"]) {
  await tx.monumentName.deleteMany({ where: { monumentId } });
  const unique = [...new Map(names.map((n) => [n.value, n])).values()];
  if (unique.length) await tx.monumentName.createMany({ data: unique.map((n) => ({ ...n, monumentId })) });
}

export const monumentStore: EntityStore<typeof monumentSchema> = {
  type: "monument",
  schema: monumentSchema,
  async load(tx, id) {
    const m = await tx.monument.findUnique({
      where: { id },
      include: { names: { select: { value: true, lang: true, kind: true }, orderBy: { value: "asc" } } },
    });
    if (!m) return null;
    return {
      id: m.id, title: m.name, version: m.version, archivedAt: m.archivedAt, state: m.state,
      content: {
        id: m.id, version: m.version, name: m.name, siteId: m.siteId, type: m.type, description: m.description,
        constructionDate: m.constructionDate, constructionYear: m.constructionYear, latitude: m.latitude, longitude: m.longitude,
        locationPrecision: m.locationPrecision, parentId: m.parentId, wikidataId: m.wikidataId, names: m.names,
      },
    };
  },
  async create(tx, input) {
    const row = await tx.monument.create({ data: { ...fields(input), slug: await freeSlug(tx, input.name) }, select: { id: true } });
    await writeNames(tx, row.id, input.names);
    return row.id;
  },
  async update(tx, id, version, input) {
    expectOne(await tx.monument.updateMany({ where: { id, version }, data: { ...fields(input), version: { increment: 1 } } }));
    await writeNames(tx, id, input.names);
  },
  async archive(tx, id, version, archivedAt) {
    expectOne(await tx.monument.updateMany({ where: { id, version }, data: { archivedAt, version: { increment: 1 } } }));
  },
  async setState(tx, id, version, state) {
    expectOne(await tx.monument.updateMany({ where: { id, version }, data: { state, version: { increment: 1 } } }));
  },
};
