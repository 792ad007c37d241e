import { z } from "zod";
import { DATE_PRECISIONS, SOURCE_KINDS } from "@/lib/domain";
import { SOURCE_KIND_LABELS } from "@/lib/labels";
import { choice, lines, optionalDay, optionalText, optionalUrl, opts, recordMeta, requiredText, type FieldDef } from "./fields";
import { checkInterval } from "./interval";

export const sourceShape = {
  url: optionalUrl,
  title: requiredText("Title"),
  publisher: requiredText("Publisher"),
  agency: optionalText,
  authors: lines((parts) => parts.join(" | ")), // an author is the whole line
  publishedEarliest: optionalDay,
  publishedLatest: optionalDay,
  publishedPrecision: choice(DATE_PRECISIONS, "how precisely the publication date is known"),
  publishedText: optionalText,
  language: requiredText("Language").refine((s) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(s), "Use a language code like en, ar or ar-Latn."),
  archiveUrl: optionalUrl,
  // When the editor read the report online: citation styles print it for web sources.
  accessedAt: optionalDay,
  kind: choice(SOURCE_KINDS, "a kind of source"),
  note: optionalText,
  // Working notes for editors only: no public page, API answer or export ever reads this field.
  editorNote: optionalText,
};

type SourceDates = { publishedEarliest: string | null; publishedLatest: string | null; publishedPrecision: (typeof DATE_PRECISIONS)[number] };

export function refineSource(s: SourceDates, ctx: z.RefinementCtx) {
  checkInterval(ctx, s.publishedEarliest, s.publishedLatest, s.publishedPrecision, {
    earliest: "publishedEarliest",
    latest: "publishedLatest",
    precision: "publishedPrecision",
  });
}

export const sourceSchema = z.object({ ...recordMeta, ...sourceShape }).superRefine(refineSource);

export type SourceInput = z.output<typeof sourceSchema>;

export const sourceFields: FieldDef[] = [
  { name: "url", label: "URL", kind: "url", optional: true },
  { name: "title", label: "Title", kind: "text", dir: "auto" },
  { name: "publisher", label: "Publisher", kind: "text" },
  { name: "agency", label: "Wire agency", kind: "text", optional: true, hint: "When the publisher carries an agency's report: AFP, Reuters, AP, dpa…" },
  { name: "authors", label: "Authors", kind: "lines", optional: true, hint: "One per line." },
  { name: "publishedEarliest", label: "Published (earliest)", kind: "date", optional: true },
  { name: "publishedLatest", label: "Published (latest)", kind: "date", optional: true },
  { name: "publishedPrecision", label: "Publication date precision", kind: "select", options: opts(DATE_PRECISIONS) },
  { name: "publishedText", label: "Date as printed", kind: "text", optional: true },
  { name: "language", label: "Language", kind: "text", hint: "en, ar, fr…" },
  { name: "archiveUrl", label: "Archive URL", kind: "url", optional: true },
  { name: "accessedAt", label: "Accessed on", kind: "date", optional: true, hint: "The day you read it online." },
  { name: "kind", label: "Kind", kind: "select", options: opts(SOURCE_KINDS, SOURCE_KIND_LABELS) },
  { name: "note", label: "Public note", kind: "textarea", optional: true, hint: "Shown to readers: about the source itself, e.g. where its date or attribution comes from." },
  { name: "editorNote", label: "Editors' note", kind: "textarea", optional: true, hint: "Never shown publicly: how a copy was found, which fields were derived, what to check." },
];
