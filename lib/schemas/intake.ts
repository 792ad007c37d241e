import { z } from "zod";
import { ATTRIBUTIONS, CONFIDENCES, DAMAGE_EXTENTS, DAMAGE_METHODS, DATE_PRECISIONS, SOURCE_KINDS } from "@/lib/domain";
import { validateInterval } from "@/lib/dates";

// The article intake's two requests: "read this article" (text, a saved page, or an address) and
// "save what I accepted" (the source, the checked text and the claims, as one JSON document built
// by the review screen). Both are parsed here, by the server, whatever the screen sent.

export const analyzeInputSchema = z
  .object({
    mode: z.enum(["text", "html", "url"]),
    body: z.string().default(""),
    url: z.string().trim().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.mode === "url" && !v.url) ctx.addIssue({ code: "custom", path: ["url"], message: "Give the article's address." });
    if (v.mode !== "url" && v.url && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v.url)) {
      ctx.addIssue({ code: "custom", path: ["url"], message: "The address must be a web address starting with http:// or https://." });
    }
    if (v.mode !== "url" && !v.body.trim()) ctx.addIssue({ code: "custom", path: ["body"], message: v.mode === "html" ? "Choose the saved page to upload." : "Paste the article's text." });
  });

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD").nullable();
const text = (max: number) => z.string().trim().max(max);

const quoteSchema = z.object({ quote: text(2000).min(1, "A quote cannot be empty."), prefix: z.string().max(400), suffix: z.string().max(400), paragraph: z.number().int().positive().nullable() });

export const intakeClaimSchema = z
  .object({
    monumentId: z.string().min(1),
    sameAsId: z.string().min(1).nullable(),
    dateEarliest: day,
    dateLatest: day,
    datePrecision: z.enum(DATE_PRECISIONS),
    dateText: text(300).nullable(),
    method: z.enum(DAMAGE_METHODS),
    extent: z.enum(DAMAGE_EXTENTS).nullable(),
    actorId: z.string().min(1).nullable(),
    attribution: z.enum(ATTRIBUTIONS).nullable(),
    confidence: z.enum(CONFIDENCES),
    figureLabel: text(200).nullable(),
    figureValue: z.number().nullable(),
    description: text(2000).min(1, "Each claim needs a description."),
    quotes: z.array(quoteSchema).min(1, "Each claim needs at least one quote."),
  })
  .superRefine((c, ctx) => {
    for (const message of validateInterval({ earliest: c.dateEarliest, latest: c.dateLatest, precision: c.datePrecision })) ctx.addIssue({ code: "custom", path: ["dateLatest"], message });
    if (!!c.actorId !== !!c.attribution) ctx.addIssue({ code: "custom", path: ["attribution"], message: "An actor needs its attribution, and an attribution its actor." });
  });

export const intakeSourceSchema = z.object({
  title: text(500).min(1, "The source needs its title."),
  publisher: text(300).min(1, "The source needs its publisher."),
  agency: text(100).nullable(),
  authors: z.array(text(200).min(1)).max(30),
  publishedDate: day,
  publishedText: text(300).nullable(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language code like en, ar or ar-Latn."),
  url: z.url().nullable(),
  kind: z.enum(SOURCE_KINDS),
});

export const intakeDocumentSchema = z.object({
  existingSourceId: z.string().min(1).nullable(),
  source: intakeSourceSchema.nullable(),
  origin: z.enum(["paste", "upload", "url"]),
  text: z.string().min(1).max(2_000_000),
  claims: z.array(intakeClaimSchema).min(1, "Accept at least one claim, or use the damage report form."),
});

export const saveIntakeSchema = z.object({
  document: z.string().transform((s, ctx) => {
    try {
      return JSON.parse(s) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "The review screen sent something unreadable. Reload and try again." });
      return z.NEVER;
    }
  }).pipe(intakeDocumentSchema),
  submit: z.preprocess((v) => v === "review", z.boolean()),
});

export type IntakeDocument = z.output<typeof intakeDocumentSchema>;
export type IntakeClaim = z.output<typeof intakeClaimSchema>;
