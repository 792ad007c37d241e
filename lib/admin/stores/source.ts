import "server-only";
import type { Tx } from "@/lib/db";
import { sourceSchema, type SourceInput } from "@/lib/schemas/source";
import { normalizeUrl } from "@/lib/intake/url";
import { slugify, uniqueSlug } from "@/lib/slug";
import { date, day, expectOne, type EntityStore } from "../store";

async function freeSlug(tx: Tx, title: string) {
  const base = slugify(title, "source").slice(0, 60).replace(/-+$/, "");
  const taken = await tx.source.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return uniqueSlug(base, new Set(taken.map((t) => t.slug)));
}

function data({ id: _id, version: _v, ...s }: SourceInput) {
  return { ...s, publishedEarliest: date(s.publishedEarliest), publishedLatest: date(s.publishedLatest), accessedAt: date(s.accessedAt) };
}

/**
 * A source already holding this URL (other than `exceptId`), so the editor can reuse it. URLs are
 * compared normalised (lib/intake/url.ts): http/https, "www.", a trailing slash or utm_ parameters
 * do not make another article.
 */
export async function findSourceByUrl(tx: Tx, url: string | null, exceptId?: string | null) {
  const key = normalizeUrl(url);
  if (!key) return null;
  const all = await tx.source.findMany({ where: { url: { not: null }, ...(exceptId ? { NOT: { id: exceptId } } : {}) }, select: { id: true, title: true, url: true } });
  const found = all.find((s) => normalizeUrl(s.url) === key);
  return found ? { id: found.id, title: found.title } : null;
}

export const sourceStore: EntityStore<typeof sourceSchema> = {
  type: "source",
  schema: sourceSchema,
  async load(tx, id) {
    const s = await tx.source.findUnique({ where: { id } });
    if (!s) return null;
    return {
      id: s.id, title: s.title, version: s.version, archivedAt: s.archivedAt, state: s.state,
      content: {
        id: s.id, version: s.version, url: s.url, title: s.title, publisher: s.publisher, agency: s.agency, authors: s.authors,
        publishedEarliest: day(s.publishedEarliest), publishedLatest: day(s.publishedLatest), publishedPrecision: s.publishedPrecision,
        publishedText: s.publishedText, language: s.language, archiveUrl: s.archiveUrl, accessedAt: day(s.accessedAt), kind: s.kind, note: s.note, editorNote: s.editorNote,
      },
    };
  },
  async create(tx, input) {
    const row = await tx.source.create({ data: { ...data(input), slug: await freeSlug(tx, input.title) }, select: { id: true } });
    return row.id;
  },
  async update(tx, id, version, input) {
    expectOne(await tx.source.updateMany({ where: { id, version }, data: { ...data(input), version: { increment: 1 } } }));
  },
  async archive(tx, id, version, archivedAt) {
    expectOne(await tx.source.updateMany({ where: { id, version }, data: { archivedAt, version: { increment: 1 } } }));
  },
  async setState(tx, id, version, state) {
    expectOne(await tx.source.updateMany({ where: { id, version }, data: { state, version: { increment: 1 } } }));
  },
};
