// The dataset's file format (data/README.md) as zod schemas. The shape of each file is checked
// here; the content of every record is then checked by the admin form's own schema
// (lib/dataset/validate.ts), so a file and a form can never accept different things.
import { z } from "zod";
import {
  ACTOR_KINDS,
  ATTRIBUTIONS,
  CONFIDENCES,
  DAMAGE_EXTENTS,
  DAMAGE_METHODS,
  DATE_PRECISIONS,
  LOCATION_PRECISIONS,
  MONUMENT_TYPES,
  NAME_KINDS,
  PUBLICATION_STATES,
  SOURCE_KINDS,
} from "@/lib/domain";

export const DATASET_SCHEMA_VERSION = 1;

const text = z.string();
const maybe = <T extends z.ZodType>(t: T) => t.nullable();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD");
const key = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a kebab-case key (a-z, 0-9, -)");
const state = z.enum(PUBLICATION_STATES);
const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, "an ISO timestamp (UTC)");

/**
 * What an archive (npm run data:export) adds to a record so that importing it restores the
 * database as it was: the row's id, its version and its archive date. A hand-written dataset
 * leaves them out; the importer then makes new ids.
 */
const kept = {
  id: z.string().min(1).optional(),
  version: z.number().int().positive().optional(),
  archivedAt: instant.nullable().optional(),
};

export const quoteSchema = z.strictObject({
  ...kept,
  /** A quote from another source than the file's (an archived claim can cite several). */
  source: key.optional(),
  quote: text.min(1),
  prefix: text,
  suffix: text,
  paragraph: maybe(z.number().int().positive()),
});

export const nameSchema = z.strictObject({ value: text, lang: text, kind: z.enum(NAME_KINDS) });

export const manifestSchema = z.object({
  name: key,
  title: text,
  version: text,
  schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
  licenses: z.array(z.object({ name: text, title: text.optional(), path: text.optional() })).optional(),
  temporalCoverage: z.strictObject({ start: day }),
  /** Set by npm run data:export: the archive format's version (data/README.md, "Archives"). */
  archiveVersion: z.literal(1).optional(),
  resources: z.array(z.object({ name: text, path: text })),
});

export const siteFileSchema = z.strictObject({
  id: z.string().min(1).optional(),
  slug: key,
  name: text,
  names: z.array(nameSchema),
  country: text,
  countryCode: z.string().regex(/^[A-Z]{2}$/),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  unescoId: maybe(text),
  wikidataId: maybe(text),
  description: text.min(1),
});

export const actorFileSchema = z.strictObject({
  ...kept,
  slug: key,
  name: text,
  kind: z.enum(ACTOR_KINDS),
  aliases: z.array(z.strictObject({ value: text, lang: text })),
});

export const monumentFileSchema = z.strictObject({
  ...kept,
  slug: key,
  name: text,
  names: z.array(nameSchema),
  type: z.enum(MONUMENT_TYPES),
  constructionDate: maybe(text),
  constructionYear: maybe(z.number().int()),
  description: text,
  latitude: maybe(z.number()),
  longitude: maybe(z.number()),
  locationPrecision: z.enum(LOCATION_PRECISIONS),
  parent: maybe(key),
  wikidataId: maybe(text),
  state,
});

export const controlPeriodFileSchema = z.strictObject({
  ...kept,
  key,
  actor: key,
  startEarliest: day,
  startLatest: day,
  startPrecision: z.enum(DATE_PRECISIONS),
  startText: maybe(text),
  endEarliest: maybe(day),
  endLatest: maybe(day),
  endPrecision: maybe(z.enum(DATE_PRECISIONS)),
  endText: maybe(text),
  confidence: z.enum(CONFIDENCES),
  description: text,
  state,
});

export const claimSchema = z.strictObject({
  ...kept,
  publishedAt: instant.nullable().optional(),
  reviewedAt: instant.nullable().optional(),
  reviewedBy: z.string().nullable().optional(),
  key,
  monument: key,
  /** Every account of one occurrence, in any source file, names the same occurrence key. */
  occurrence: key,
  dateEarliest: maybe(day),
  dateLatest: maybe(day),
  datePrecision: z.enum(DATE_PRECISIONS),
  dateText: maybe(text),
  method: z.enum(DAMAGE_METHODS),
  extent: maybe(z.enum(DAMAGE_EXTENTS)),
  actor: maybe(key),
  attribution: maybe(z.enum(ATTRIBUTIONS)),
  confidence: z.enum(CONFIDENCES),
  figure: maybe(z.strictObject({ label: text.min(1), value: z.number() })),
  description: text,
  state,
  quotes: z.array(quoteSchema),
});

export const sourceFileSchema = z.strictObject({
  source: z.strictObject({
    ...kept,
    slug: key,
    title: text,
    publisher: text,
    agency: maybe(text),
    authors: z.array(text),
    publishedEarliest: maybe(day),
    publishedLatest: maybe(day),
    publishedPrecision: z.enum(DATE_PRECISIONS),
    publishedText: maybe(text),
    url: maybe(text),
    archiveUrl: maybe(text),
    language: text,
    accessedAt: maybe(day),
    kind: z.enum(SOURCE_KINDS),
    note: maybe(text),
    /** Editors' working notes: imported for the admin, never shown publicly. */
    editorNote: maybe(text).optional(),
    state,
    /** One of the project's founding articles (shared/seeds/), against which the quotes are checked. */
    seedFile: text.optional(),
  }),
  claims: z.array(claimSchema),
  controlPeriodQuotes: z.array(quoteSchema.extend({ controlPeriod: key })),
  facts: z.array(
    z.union([quoteSchema.extend({ monument: key, field: text.min(1) }), quoteSchema.extend({ site: key, field: text.min(1) })]),
  ),
});

/** Claims no source is quoted for yet (an editor's draft): only in archives. */
export const unsourcedFileSchema = z.strictObject({ claims: z.array(claimSchema) });

/** Accounts, without any secret: an archive restores who did what, not how they sign in. */
export const userSchema = z.strictObject({ id: z.string().min(1), name: text, email: text, role: z.enum(["editor", "reviewer", "admin"]), emailVerified: z.boolean(), createdAt: instant });
export const revisionSchema = z.strictObject({
  id: z.string().min(1),
  entityType: text,
  entityId: text,
  version: z.number().int(),
  action: z.enum(["create", "update", "archive", "restore", "publish", "unpublish", "submit"]),
  actorId: text,
  before: z.unknown(),
  after: z.unknown(),
  createdAt: instant,
});
export const historyFileSchema = z.strictObject({ users: z.array(userSchema), revisions: z.array(revisionSchema) });

export type Manifest = z.infer<typeof manifestSchema>;
export type SiteFile = z.infer<typeof siteFileSchema>;
export type ActorFile = z.infer<typeof actorFileSchema>;
export type MonumentFile = z.infer<typeof monumentFileSchema>;
export type ControlPeriodFile = z.infer<typeof controlPeriodFileSchema>;
export type SourceFile = z.infer<typeof sourceFileSchema>;
export type ClaimFile = z.infer<typeof claimSchema>;
export type QuoteFile = z.infer<typeof quoteSchema>;

/** A dataset as files: the manifest and every record, each with the path it was read from. */
export interface DatasetFiles {
  manifest: Manifest;
  site: SiteFile;
  actors: ActorFile[];
  monuments: MonumentFile[];
  controlPeriods: ControlPeriodFile[];
  sources: SourceFile[];
  /** Archives only: claims without a quote, and the accounts and revision history. */
  unsourced?: ClaimFile[];
  history?: z.infer<typeof historyFileSchema>;
}
