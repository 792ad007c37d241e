// Checks a dataset read from files: each file's shape, each record through the admin form's own
// zod schema, and the references between files. Returns every problem at once, each with the
// file it is in, so a data editor can fix them in one pass.
import type { z } from "zod";
import { toFormValues } from "@/lib/admin/form-values";
import { actorSchema } from "@/lib/schemas/actor";
import { citationSchema } from "@/lib/schemas/citation";
import { controlPeriodSchema } from "@/lib/schemas/control-period";
import { damageEventSchema } from "@/lib/schemas/damage-event";
import { monumentSchema } from "@/lib/schemas/monument";
import { sourceSchema } from "@/lib/schemas/source";
import {
  actorFileSchema,
  controlPeriodFileSchema,
  historyFileSchema,
  manifestSchema,
  monumentFileSchema,
  siteFileSchema,
  sourceFileSchema,
  unsourcedFileSchema,
  type ClaimFile,
  type DatasetFiles,
  type QuoteFile,
} from "./schema";

/** A file as read: its path (for messages) and its parsed JSON. */
export interface RawFile {
  path: string;
  value: unknown;
}

export interface RawDataset {
  manifest: RawFile;
  site: RawFile;
  actors: RawFile[];
  monuments: RawFile[];
  controlPeriods: RawFile[];
  sources: RawFile[];
  unsourced?: RawFile;
  history?: RawFile;
}

export type ValidationResult = { ok: true; dataset: DatasetFiles } | { ok: false; errors: string[] };

const issuesOf = (error: z.ZodError) => error.issues.map((i) => `${i.path.length ? `${i.path.join(".")}: ` : ""}${i.message}`);

export function validateDataset(raw: RawDataset): ValidationResult {
  const errors: string[] = [];
  const shape = <T>(schema: z.ZodType<T>, file: RawFile): T | null => {
    const r = schema.safeParse(file.value);
    if (!r.success) errors.push(...issuesOf(r.error).map((m) => `${file.path}: ${m}`));
    return r.success ? r.data : null;
  };
  const form = (file: string, what: string, schema: z.ZodType, values: Record<string, unknown>) => {
    const r = schema.safeParse(toFormValues(values));
    if (!r.success) errors.push(...issuesOf(r.error).map((m) => `${file}: ${what}: ${m}`));
  };
  const present = <T>(items: (T | null)[]): T[] => items.filter((x): x is T => x !== null);

  const manifest = shape(manifestSchema, raw.manifest);
  const site = shape(siteFileSchema, raw.site);
  const actors = present(raw.actors.map((f) => ({ f, v: shape(actorFileSchema, f) })).map(({ f, v }) => (v ? { path: f.path, v } : null)));
  const monuments = present(raw.monuments.map((f) => ({ f, v: shape(monumentFileSchema, f) })).map(({ f, v }) => (v ? { path: f.path, v } : null)));
  const periods = present(raw.controlPeriods.map((f) => ({ f, v: shape(controlPeriodFileSchema, f) })).map(({ f, v }) => (v ? { path: f.path, v } : null)));
  const sources = present(raw.sources.map((f) => ({ f, v: shape(sourceFileSchema, f) })).map(({ f, v }) => (v ? { path: f.path, v } : null)));
  const unsourced = raw.unsourced ? shape(unsourcedFileSchema, raw.unsourced) : null;
  const history = raw.history ? shape(historyFileSchema, raw.history) : null;
  if (!manifest || !site || errors.length) return { ok: false, errors };

  const unique = (what: string, items: { path: string; key: string }[]) => {
    const seen = new Map<string, string>();
    for (const { path, key } of items) {
      if (seen.has(key)) errors.push(`${path}: ${what} "${key}" is also used in ${seen.get(key)}`);
      else seen.set(key, path);
    }
    return seen;
  };
  const actorSlugs = unique("actor slug", actors.map((a) => ({ path: a.path, key: a.v.slug })));
  const monumentSlugs = unique("monument slug", monuments.map((m) => ({ path: m.path, key: m.v.slug })));
  const periodKeys = unique("control period key", periods.map((p) => ({ path: p.path, key: p.v.key })));
  const sourceSlugs = unique("source slug", sources.map((s) => ({ path: s.path, key: s.v.source.slug })));
  // One publication, one source: the same address (as its URL or its archive copy's original), or
  // the same title from the same publisher, is a duplicate.
  unique(
    "source address",
    sources.flatMap((s) => [s.v.source.url, s.v.source.archiveUrl?.replace(/^https?:\/\/[^/]*archive[^/]*\/web\/\d+\//, "")].filter((u): u is string => !!u).map((u, i, all) => (all.indexOf(u) === i ? { path: s.path, key: u.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "") } : null)).filter((x): x is { path: string; key: string } => !!x)),
  );
  unique("source title and publisher", sources.map((s) => ({ path: s.path, key: `${s.v.source.title.trim().toLowerCase()} | ${s.v.source.publisher.trim().toLowerCase()}` })));
  unique("claim key", [...sources.flatMap((s) => s.v.claims.map((c) => ({ path: s.path, key: c.key }))), ...(unsourced?.claims ?? []).map((c) => ({ path: raw.unsourced!.path, key: c.key }))]);
  const ref = (path: string, what: string, value: string | null, known: Map<string, string>) => {
    if (value !== null && !known.has(value)) errors.push(`${path}: ${what} "${value}" does not exist`);
  };

  for (const { path, v: a } of actors) form(path, "actor", actorSchema, { name: a.name, kind: a.kind, aliases: a.aliases });
  for (const { path, v: m } of monuments) {
    form(path, "monument", monumentSchema, { ...m, id: m.slug, siteId: site.slug, parentId: m.parent, parent: undefined, slug: undefined, state: undefined });
    ref(path, "parent", m.parent, monumentSlugs);
  }
  for (const { path, v: p } of periods) {
    form(path, "control period", controlPeriodSchema, { ...p, key: undefined, actor: undefined, state: undefined, actorId: p.actor });
    ref(path, "actor", p.actor, actorSlugs);
  }

  const checkClaim = (path: string, c: ClaimFile) => {
    const what = `claim ${c.key}`;
    form(path, what, damageEventSchema, {
      monumentId: c.monument, dateEarliest: c.dateEarliest, dateLatest: c.dateLatest, datePrecision: c.datePrecision, dateText: c.dateText,
      method: c.method, extent: c.extent, actorId: c.actor, attribution: c.attribution, confidence: c.confidence,
      figureLabel: c.figure?.label ?? null, figureValue: c.figure?.value ?? null, description: c.description,
    });
    ref(path, `${what}: monument`, c.monument, monumentSlugs);
    ref(path, `${what}: actor`, c.actor, actorSlugs);
  };
  for (const { path, v: file } of sources) {
    const s = file.source;
    form(path, "source", sourceSchema, { ...s, id: undefined, version: undefined, archivedAt: undefined, slug: undefined, state: undefined, seedFile: undefined });
    const quote = (what: string, q: QuoteFile, target: Record<string, string>) => {
      if (q.source) ref(path, `${what}: source`, q.source, sourceSlugs);
      form(path, what, citationSchema, { sourceId: q.source ?? s.slug, quote: q.quote, prefix: q.prefix, suffix: q.suffix, paragraph: q.paragraph, ...target });
    };
    for (const c of file.claims) {
      checkClaim(path, c);
      if (!c.quotes.length) errors.push(`${path}: claim ${c.key}: a claim in a source's file quotes it at least once`);
      c.quotes.forEach((q, i) => quote(`claim ${c.key}: quote ${i + 1}`, q, { damageEventId: c.key }));
    }
    for (const q of file.controlPeriodQuotes) {
      ref(path, "controlPeriodQuotes: control period", q.controlPeriod, periodKeys);
      quote(`quote for ${q.controlPeriod}`, q, { controlPeriodId: q.controlPeriod });
    }
    for (const f of file.facts) {
      if ("monument" in f) {
        ref(path, `fact ${f.field}: monument`, f.monument, monumentSlugs);
        quote(`fact ${f.monument}.${f.field}`, f, { monumentId: f.monument, field: f.field });
      } else if (f.site !== site.slug) errors.push(`${path}: fact ${f.field}: site "${f.site}" is not this dataset's site (${site.slug})`);
      else quote(`fact ${f.site}.${f.field}`, f, { monumentId: f.site, field: f.field });
    }
  }
  for (const c of unsourced?.claims ?? []) checkClaim(raw.unsourced!.path, c);
  const occurrences = new Map<string, string>();
  for (const { path, v: file } of [...sources, ...(unsourced ? [{ path: raw.unsourced!.path, v: unsourced }] : [])]) {
    for (const c of file.claims) {
      const monument = occurrences.get(c.occurrence);
      if (monument && monument !== c.monument) errors.push(`${path}: claim ${c.key}: occurrence "${c.occurrence}" is about ${monument}, not ${c.monument}`);
      occurrences.set(c.occurrence, c.monument);
    }
  }
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    dataset: {
      manifest, site, actors: actors.map((a) => a.v), monuments: monuments.map((m) => m.v), controlPeriods: periods.map((p) => p.v), sources: sources.map((s) => s.v),
      ...(unsourced ? { unsourced: unsourced.claims } : {}),
      ...(history ? { history } : {}),
    },
  };
}
