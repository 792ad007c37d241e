import { z } from "zod";
import { parseIsoDay } from "@/lib/dates";

// Zod 4 compiles object parsers with `new Function` after probing whether eval is allowed; in the
// browser that probe is a Content-Security-Policy violation (scripts/csp.mjs allows no eval). The
// forms import these schemas, so zod runs without it everywhere (a little slower, never noticed).
z.config({ jitless: true });

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

// Characters that show nothing: zero-width space/joiners, word joiner, byte-order mark, soft hyphen,
// direction marks and controls. A "name" made only of them looks blank on every page yet passes a
// plain emptiness check. (The joiners are legitimate inside Arabic or Persian words, so they are only
// refused when they are all there is.)
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0]/g;
// Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). An override makes
// "‮lebaT fo elpmeT" display as another text than it is (the "Trojan Source" trick); nothing an
// editor types needs them: the pages set direction themselves (dir="auto").
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** True when the text has nothing a reader could see. */
export const isInvisible = (s: string) => s.replace(INVISIBLE, "").trim() === "";

const BIDI_MESSAGE = (label: string) =>
  `${label} contains hidden text-direction characters (U+202A–U+202E, U+2066–U+2069), which can make it display reversed: retype it or paste it as plain text.`;

/** Adds the invisible-text and bidi checks to a trimmed string. */
function visibleText(label: string, required: boolean) {
  return z.string().superRefine((s, ctx) => {
    if (BIDI_CONTROL.test(s)) ctx.addIssue({ code: "custom", message: BIDI_MESSAGE(label) });
    else if (required && s !== "" && isInvisible(s)) ctx.addIssue({ code: "custom", message: `${label} is required: what was entered is only invisible characters.` });
  });
}

export const requiredText = (label: string) =>
  z.preprocess(str, z.string().trim().min(1, `${label} is required.`).max(20_000, `${label} is too long.`).pipe(visibleText(label, true)));

/** Empty, or only invisible characters, is "not given" (null). */
export const optionalText = z.preprocess(
  str,
  z
    .string()
    .trim()
    .max(20_000, "Too long.")
    .pipe(visibleText("This text", false))
    .transform((s) => (isInvisible(s) ? null : s)),
);

export const optionalUrl = z.preprocess(
  str,
  z
    .string()
    .trim()
    .refine((s) => s === "" || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(s), "Enter a full web address starting with http:// or https://.")
    .transform((s) => s || null),
);

/**
 * The last day that has begun anywhere on Earth (UTC+14), as YYYY-MM-DD. Every date a form takes —
 * an event, a publication, an access, a control period — has happened: a later one is a typo (2099
 * for 2019) that would move the status "as of" and stretch the charts. Allowing the earliest
 * time zone's today means an editor is never refused the date it is where they are.
 */
export function latestToday(now = new Date()): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

const notFuture = (s: string) => s === "" || s <= latestToday();
const FUTURE_MESSAGE = (label?: string) => `${label ? `${label}: ` : ""}this date is in the future (today is ${new Date().toISOString().slice(0, 10)}): enter the date it happened.`;

export const optionalDay = z.preprocess(
  str,
  z
    .string()
    .trim()
    .refine((s) => s === "" || parseIsoDay(s) !== null, { error: "Enter a real date as YYYY-MM-DD.", abort: true })
    .refine(notFuture, { error: () => FUTURE_MESSAGE(), abort: true })
    .transform((s) => s || null),
);

export const requiredDay = (label: string) =>
  z.preprocess(
    str,
    z
      .string()
      .trim()
      .refine((s) => parseIsoDay(s) !== null, { error: `${label}: enter a real date as YYYY-MM-DD.`, abort: true })
      .refine(notFuture, { error: () => FUTURE_MESSAGE(label) }),
  );

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
      if (BIDI_CONTROL.test(line)) {
        ctx.addIssue({ code: "custom", message: BIDI_MESSAGE(`Line ${n}`) });
        continue;
      }
      if (isInvisible(line)) continue; // a line of invisible characters is a blank line
      const result = parse(line.split("|").map((p) => (isInvisible(p) ? "" : p.trim())), n);
      if (isLineError(result)) ctx.addIssue({ code: "custom", message: result.lineError });
      else items.push(result);
    }
    return items;
  });
}

/** Which button saved the form: "review" ("Save and send for review") also sends the record for review. */
export const submitIntent = z.preprocess((v) => v === "review", z.boolean());

/** Every form carries the record's id and the version it was loaded at (optimistic concurrency). */
export const recordMeta = {
  id: optionalId,
  version: optionalNumber(1, Number.MAX_SAFE_INTEGER, "Invalid version.", true),
};

export const opts = (values: readonly string[], labels?: Record<string, string>): Option[] =>
  values.map((v) => ({ value: v, label: labels?.[v] ?? v.toLowerCase().replace(/_/g, " ") }));
