import { z } from "zod";
import { parseIsoDay } from "@/lib/dates";

// Building blocks for the form schemas. A form posts strings (or nothing, for an absent field);
// these turn them into the values the data layer stores, with messages a person can act on.

export type Option = { value: string; label: string };

/** How a form draws a field. Choices named by a string (e.g. "monuments") come from the page. */
export type FieldDef = {
  name: string;
  label: string;
  kind: "text" | "textarea" | "select" | "date" | "number" | "url" | "lines";
  options?: readonly Option[] | string;
  hint?: string;
  optional?: boolean;
  dir?: "auto";
};

const str = (v: unknown) => (v === undefined || v === null ? "" : v);

export const requiredText = (label: string) =>
  z.preprocess(str, z.string().trim().min(1, `${label} is required.`).max(20_000, `${label} is too long.`));

export const optionalText = z.preprocess(
  str,
  z
    .string()
    .trim()
    .max(20_000, "Too long.")
    .transform((s) => s || null),
);

export const optionalUrl = z.preprocess(
  str,
  z
    .string()
    .trim()
    .refine((s) => s === "" || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(s), "Enter a full web address starting with http:// or https://.")
    .transform((s) => s || null),
);

export const optionalDay = z.preprocess(
  str,
  z
    .string()
    .trim()
    .refine((s) => s === "" || parseIsoDay(s) !== null, "Enter a real date as YYYY-MM-DD.")
    .transform((s) => s || null),
);

export const requiredDay = (label: string) =>
  z.preprocess(str, z.string().trim().refine((s) => parseIsoDay(s) !== null, `${label}: enter a real date as YYYY-MM-DD.`));

export const optionalNumber = (min: number, max: number, message: string, integer = false) =>
  z.preprocess(
    (v) => (v === undefined || v === null || String(v).trim() === "" ? null : Number(String(v).trim())),
    z
      .number({ error: message })
      .min(min, message)
      .max(max, message)
      .refine((n) => !integer || Number.isInteger(n), "Enter a whole number.")
      .nullable(),
  );

export const optionalId = z.preprocess(
  str,
  z
    .string()
    .trim()
    .transform((s) => s || null),
);

export const requiredId = (label: string) => z.preprocess(str, z.string().trim().min(1, `Choose ${label}.`));

export const choice = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.preprocess((v) => (v === "" ? undefined : v), z.enum(values, { error: `Choose ${label}.` }));

export const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.preprocess((v) => (v === "" || v === undefined ? null : v), z.enum(values, { error: `Choose ${label}.` }).nullable());

/** What a line parser returns for a line it cannot read: the message shown under the field. */
export type LineError = { lineError: string };
export const lineError = (message: string): LineError => ({ lineError: message });
const isLineError = (v: unknown): v is LineError => typeof v === "object" && v !== null && "lineError" in v;

/** More lines than any real record has (names, aliases, authors) is a paste gone wrong, not data. */
export const MAX_LINES = 50;

/**
 * A textarea of one item per line, each split on "|" into trimmed parts. Blank lines are skipped.
 * The parser returns the item, or lineError(message). (It used to return a string for an error,
 * which made a parser whose items are strings — authors — report every author as an error.)
 */
export function lines<T>(parse: (parts: string[], lineNo: number) => T | LineError, max = MAX_LINES) {
  return z.preprocess(str, z.string()).transform((text, ctx) => {
    const items: T[] = [];
    const filled = text.split(/\r?\n/).map((line, i) => [line, i + 1] as const).filter(([line]) => line.trim());
    if (filled.length > max) {
      ctx.addIssue({ code: "custom", message: `At most ${max} lines; this has ${filled.length}.` });
      return items;
    }
    for (const [line, n] of filled) {
      const result = parse(line.split("|").map((p) => p.trim()), n);
      if (isLineError(result)) ctx.addIssue({ code: "custom", message: result.lineError });
      else items.push(result);
    }
    return items;
  });
}

/** Every form carries the record's id and the version it was loaded at (optimistic concurrency). */
export const recordMeta = {
  id: optionalId,
  version: optionalNumber(1, Number.MAX_SAFE_INTEGER, "Invalid version.", true),
};

export const opts = (values: readonly string[], labels?: Record<string, string>): Option[] =>
  values.map((v) => ({ value: v, label: labels?.[v] ?? v.toLowerCase().replace(/_/g, " ") }));
