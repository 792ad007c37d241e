// Human labels for the vocabularies in lib/domain.ts, shared by pages, exports and forms.
import { DAMAGE_EXTENTS } from "./domain";
import type { Attribution, Confidence, DamageExtent, DamageMethod, MonumentType, NameKind, SourceKind } from "./domain";
import { extentToStatus, statusLabel } from "./status";
import type { DisagreementKind } from "./disagreements";

export const METHOD_LABELS: Record<DamageMethod, string> = {
  EXPLOSIVES: "Explosives",
  DEMOLITION: "Demolition",
  BULLDOZING: "Bulldozing",
  LOOTING: "Looting",
  SHELLING: "Shelling",
  AIR_STRIKE: "Air strike",
  VANDALISM: "Vandalism",
  MILITARY_USE: "Military use",
  UNKNOWN: "Unknown method",
};

/** The UNOSAT extents read as the statuses they produce ("Severe damage"). */
export const EXTENT_LABELS = Object.fromEntries(
  DAMAGE_EXTENTS.map((e) => [e, statusLabel(extentToStatus(e))]),
) as Record<DamageExtent, string>;

export const ATTRIBUTION_LABELS: Record<Attribution, string> = {
  CLAIMED: "claimed by",
  ALLEGED: "alleged against",
  CONFIRMED: "confirmed as",
  DISPUTED: "disputed attribution to",
};

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  CONFIRMED: "Confirmed",
  PROBABLE: "Probable",
  REPORTED: "Reported",
  CONTESTED: "Contested",
  DISCOUNTED: "Discounted",
};

export const CONFIDENCE_HELP: Record<Confidence, string> = {
  CONFIRMED: "independently verified, e.g. by imagery or several independent sources",
  PROBABLE: "two or more independent sources agree",
  REPORTED: "a single credible source reports it",
  CONTESTED: "sources disagree",
  DISCOUNTED: "reported but judged unreliable",
};

/** The grades as offered where they are chosen: each with what it means. */
export const CONFIDENCE_CHOICE_LABELS = Object.fromEntries(
  Object.entries(CONFIDENCE_LABELS).map(([k, label]) => [k, `${label}: ${CONFIDENCE_HELP[k as Confidence]}`]),
) as Record<Confidence, string>;

// What lib/status.ts does with the grades, said where an editor picks one.
export const CONFIDENCE_HINT = "The best-graded accounts decide a monument's status (confirmed before probable before reported); an account graded contested makes it contested; a discounted one never counts.";

export const MONUMENT_TYPE_LABELS: Record<MonumentType, string> = {
  TEMPLE: "Temple",
  ARCH: "Arch",
  TETRAPYLON: "Tetrapylon",
  THEATRE: "Theatre",
  ARCHITECTURAL_ELEMENT: "Architectural element",
  TOMB: "Tomb",
  TOMB_GROUP: "Group of tombs",
  CASTLE: "Castle",
  MUSEUM: "Museum",
  OTHER: "Other",
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  NEWS_ARTICLE: "News article",
  OFFICIAL_STATEMENT: "Official statement",
  SATELLITE_ASSESSMENT: "Satellite assessment",
  NGO_REPORT: "NGO report",
  REFERENCE_WORK: "Reference work",
};

export const NAME_KIND_LABELS: Record<NameKind, string> = {
  CANONICAL: "name",
  VARIANT: "variant",
  TRANSLITERATION: "transliteration",
  LOOSE: "used loosely",
};

/** Right-to-left scripts, for `dir` on names and quotes. */
export function textDirection(lang: string): "rtl" | "ltr" {
  const [language, script] = lang.split("-");
  if (script && /^(Latn|Cyrl)$/i.test(script)) return "ltr";
  return ["ar", "he", "fa", "ur", "syc", "arc"].includes(language ?? "") ? "rtl" : "ltr";
}

/** What two accounts of one occurrence disagree on, as a heading ("They disagree on the date"). */
export const DISAGREEMENT_LABELS: Record<DisagreementKind, string> = {
  date: "the date",
  extent: "how badly it was damaged",
  method: "how it was done",
  actor: "who did it",
  figure: "a figure",
};
