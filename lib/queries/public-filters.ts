import { DEFAULT_LOCALE, LOCALES } from "@/lib/locales";

// What the public may see: published, not archived. One definition, used by every public query.
export const visible = { state: "PUBLISHED", archivedAt: null } as const;

/**
 * A citation the public may see (its source aside): not archived, and what it supports is public —
 * a published event of a published monument, a published control period, a published monument's
 * own facts, or the site.
 */
export const visibleCitation = {
  archivedAt: null,
  OR: [{ damageEvent: { ...visible, monument: visible } }, { controlPeriod: visible }, { monument: visible }, { siteId: { not: null } }],
};

/**
 * An actor the public may see: not archived, and named by a public event or control period (an
 * actor an editor created for a draft report stays private until that report is published).
 */
export const visibleActor = {
  archivedAt: null,
  OR: [{ events: { some: { ...visible, monument: visible } } }, { controlPeriods: { some: visible } }],
};

/** A source's own fields as the public sees them (pages, the API, the citation export). */
export const sourceFields = {
  id: true,
  slug: true,
  title: true,
  publisher: true,
  agency: true,
  authors: true,
  kind: true,
  language: true,
  url: true,
  archiveUrl: true,
  accessedAt: true,
  publishedEarliest: true,
  publishedLatest: true,
  publishedPrecision: true,
  publishedText: true,
  note: true,
  updatedAt: true,
} as const;

/** A damage event's own fields as the public sees them (the events list, monument pages, the API). */
export const eventFields = {
  id: true,
  sameAsId: true,
  dateEarliest: true,
  dateLatest: true,
  datePrecision: true,
  dateText: true,
  method: true,
  extent: true,
  attribution: true,
  confidence: true,
  figureLabel: true,
  figureValue: true,
  description: true,
  publishedAt: true,
} as const;

/**
 * A site's or monument's names in the interface's other languages (the Arabic name shown first on
 * /ar), canonical before variant; loose names and English ones are left out (the record's `name` is
 * the English one).
 */
export const localNames = {
  where: { lang: { in: LOCALES.filter((l) => l !== DEFAULT_LOCALE) as string[] }, kind: { not: "LOOSE" as const } },
  orderBy: [{ kind: "asc" as const }, { value: "asc" as const }],
  select: { value: true, lang: true } as const,
};
