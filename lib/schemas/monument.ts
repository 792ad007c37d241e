import { z } from "zod";
import { LOCATION_PRECISIONS, MONUMENT_TYPES, NAME_KINDS, type NameKind } from "@/lib/domain";
import { MONUMENT_TYPE_LABELS } from "@/lib/labels";
import { choice, lineError, lines, opts, optionalId, optionalNumber, optionalText, recordMeta, requiredId, requiredText, type FieldDef } from "./fields";

// BCP 47-ish: "en", "ar", "ar-Latn", "fr".
const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const nameLines = lines((parts, n) => {
  const [value, lang = "en", kind = "VARIANT"] = parts;
  if (!value) return lineError(`Line ${n}: the name is empty.`);
  if (!LANG.test(lang)) return lineError(`Line ${n}: "${lang}" is not a language code like en, ar or ar-Latn.`);
  const k = kind.toUpperCase();
  if (!(NAME_KINDS as readonly string[]).includes(k)) return lineError(`Line ${n}: the kind must be one of ${NAME_KINDS.join(", ").toLowerCase()}.`);
  return { value, lang, kind: k as NameKind };
});

export const monumentSchema = z
  .object({
    ...recordMeta,
    name: requiredText("Name"),
    siteId: requiredId("a site"),
    type: choice(MONUMENT_TYPES, "a type"),
    description: requiredText("Description"),
    constructionDate: optionalText,
    constructionYear: optionalNumber(-10_000, 2100, "Enter a year between -10000 and 2100 (negative for BCE).", true),
    latitude: optionalNumber(-90, 90, "Latitude must be a number between -90 and 90."),
    longitude: optionalNumber(-180, 180, "Longitude must be a number between -180 and 180."),
    locationPrecision: choice(LOCATION_PRECISIONS, "a location precision"),
    parentId: optionalId,
    wikidataId: optionalText.refine((s) => s === null || /^Q\d+$/.test(s), "A Wikidata id looks like Q12345."),
    names: nameLines,
  })
  .superRefine((m, ctx) => {
    if ((m.latitude === null) !== (m.longitude === null))
      ctx.addIssue({ code: "custom", path: [m.latitude === null ? "latitude" : "longitude"], message: "Give both latitude and longitude, or neither." });
    if (m.parentId && m.parentId === m.id) ctx.addIssue({ code: "custom", path: ["parentId"], message: "A monument cannot be part of itself." });
  });

export type MonumentInput = z.output<typeof monumentSchema>;

export const monumentFields: FieldDef[] = [
  { name: "name", label: "Name (as shown)", kind: "text" },
  { name: "names", label: "Other names", kind: "lines", dir: "auto", optional: true, hint: "One per line: name | language (en, ar, ar-Latn…) | kind (canonical, variant, transliteration, loose). Example: معبد بل | ar | variant" },
  { name: "siteId", label: "Site", kind: "select", options: "sites" },
  { name: "type", label: "Type", kind: "select", options: opts(MONUMENT_TYPES, MONUMENT_TYPE_LABELS) },
  { name: "parentId", label: "Part of", kind: "select", options: "monuments", optional: true },
  { name: "description", label: "Description", kind: "textarea" },
  { name: "constructionDate", label: "Built (as written)", kind: "text", optional: true, hint: "e.g. 1st century AD" },
  { name: "constructionYear", label: "Construction year", kind: "number", optional: true, hint: "Negative for BCE" },
  { name: "latitude", label: "Latitude", kind: "number", optional: true },
  { name: "longitude", label: "Longitude", kind: "number", optional: true },
  { name: "locationPrecision", label: "Location precision", kind: "select", options: opts(LOCATION_PRECISIONS) },
  { name: "wikidataId", label: "Wikidata id", kind: "text", optional: true },
];

