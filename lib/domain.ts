// The vocabularies of the domain, as plain values so that lib/, forms and zod schemas share them
// without importing the database client. They mirror the enums in prisma/schema.prisma
// (lib/domain.test.ts keeps the two in step).

export const DATE_PRECISIONS = ["EXACT_DAY", "REPORTED_DAY", "WINDOW", "MONTH", "YEAR", "UNKNOWN"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const DAMAGE_METHODS = [
  "EXPLOSIVES",
  "DEMOLITION",
  "BULLDOZING",
  "LOOTING",
  "SHELLING",
  "AIR_STRIKE",
  "VANDALISM",
  "MILITARY_USE",
  "UNKNOWN",
] as const;
export type DamageMethod = (typeof DAMAGE_METHODS)[number];

/** UNOSAT's damage scale, worst first. */
// DAMAGED: a source says it was damaged without saying how badly. It ranks below MODERATE so that
// an unstated degree never overstates the damage.
export const DAMAGE_EXTENTS = ["DESTROYED", "SEVERE", "MODERATE", "DAMAGED", "POSSIBLE", "NONE"] as const;
export type DamageExtent = (typeof DAMAGE_EXTENTS)[number];

export const ATTRIBUTIONS = ["CLAIMED", "ALLEGED", "CONFIRMED", "DISPUTED"] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

export const CONFIDENCES = ["CONFIRMED", "PROBABLE", "REPORTED", "CONTESTED", "DISCOUNTED"] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const PUBLICATION_STATES = ["DRAFT", "IN_REVIEW", "PUBLISHED"] as const;
export type PublicationState = (typeof PUBLICATION_STATES)[number];

export const SOURCE_KINDS = ["NEWS_ARTICLE", "OFFICIAL_STATEMENT", "SATELLITE_ASSESSMENT", "NGO_REPORT", "REFERENCE_WORK"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const MONUMENT_TYPES = [
  "TEMPLE",
  "ARCH",
  "TETRAPYLON",
  "THEATRE",
  "ARCHITECTURAL_ELEMENT",
  "TOMB",
  "TOMB_GROUP",
  "CASTLE",
  "MUSEUM",
  "OTHER",
] as const;
export type MonumentType = (typeof MONUMENT_TYPES)[number];

export const LOCATION_PRECISIONS = ["EXACT", "APPROXIMATE", "SITE", "UNKNOWN"] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

export const NAME_KINDS = ["CANONICAL", "VARIANT", "TRANSLITERATION", "LOOSE"] as const;
export type NameKind = (typeof NAME_KINDS)[number];

export const ACTOR_KINDS = ["ARMED_GROUP", "STATE_FORCES", "FOREIGN_FORCES"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * The derived status of a monument: an UNOSAT extent, or "contested" when published claims
 * disagree, or "unknown" when nothing is reported. These strings are the public
 * `data-status` contract of the monument page.
 */
export const STATUSES = ["destroyed", "severe", "moderate", "damaged", "possible", "none", "contested", "uncertain", "unknown"] as const;
export type Status = (typeof STATUSES)[number];
