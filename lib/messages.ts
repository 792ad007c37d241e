// Interface text lives in messages/<locale>.json, keyed, with {name} placeholders; lib/messages.test.ts
// proves the catalogues have the same keys and placeholders. `t(key, vars)` without a locale is English,
// as before the Arabic interface; `getI18n(locale)` bundles what a page in one language needs. Pure.
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import { formatInterval, type DateInterval } from "./dates";
import { DEFAULT_LOCALE, directionOf, localePath, type Locale } from "./locales";

type Catalogue = typeof en;
type Leaves<T, P extends string = ""> = { [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`> }[keyof T & string];
export type MessageKey = Leaves<Catalogue>;
type Vars = Record<string, string | number>;

// Typed as the English catalogue: an Arabic file missing a key fails the typecheck.
export const CATALOGUES: Record<Locale, Catalogue> = { en, ar };

export function t(key: MessageKey, vars: Vars = {}, locale: Locale = DEFAULT_LOCALE): string {
  const text = key.split(".").reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], CATALOGUES[locale]);
  if (typeof text !== "string") throw new Error(`no message ${key}`);
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? formatValue(vars[name] as string | number, locale) : m));
}

const formatValue = (v: string | number, locale: Locale) => (typeof v === "number" ? formatNumber(v, locale) : v);

// Arabic with Arabic-Indic digits, as Syrian publications print them, named explicitly: ICU versions
// differ on the default digits for plain "ar", and the server and the browser must agree.
export const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", ar: "ar-u-nu-arab" };

/** Numbers in the reader's locale. */
export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale]).format(n);
}

/** A calendar day (YYYY-MM-DD) in the reader's locale: "2 March 2015", "٢ مارس ٢٠١٥". */
export function formatDay(day: string, locale: Locale): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

const COMMA: Record<Locale, string> = { en: ", ", ar: "، " };

export type I18n = {
  locale: Locale;
  t: (key: MessageKey, vars?: Vars) => string;
  /** An interface path in this language (`/monuments` → `/ar/monuments`). */
  path: (href: string) => string;
  number: (n: number) => string;
  day: (day: string) => string;
  /** A date interval in words: "between 27 and 31 August 2015", "بين ٢٧ أغسطس ٢٠١٥ و٣١ أغسطس ٢٠١٥". */
  interval: (iv: DateInterval) => string;
  /** Items of a run-on list joined: "a, b" or "a، b". */
  join: (items: string[]) => string;
  /** The list separator: ", " or "، ". */
  comma: string;
  dir: "ltr" | "rtl";
  /** A country by its ISO code in this language ("SY" → "سوريا"), else the recorded name. */
  country: (code: string | null | undefined, recorded: string) => string;
  /** A language by its BCP 47 tag in this language ("en" → "الإنجليزية"), else the tag. */
  language: (tag: string) => string;
};

export function getI18n(locale: Locale): I18n {
  return {
    locale,
    t: (key, vars) => t(key, vars, locale),
    path: (href) => localePath(locale, href),
    number: (n) => formatNumber(n, locale),
    day: (d) => formatDay(d, locale),
    interval: (iv) => formatIntervalIn(iv, locale),
    join: (items) => items.join(COMMA[locale]),
    comma: COMMA[locale],
    dir: directionOf(locale),
    country: (code, recorded) => (locale === DEFAULT_LOCALE || !code ? recorded : (displayName(locale, "region", code.toUpperCase()) ?? recorded)),
    language: (tag) => displayName(locale, "language", tag) ?? tag,
  };
}

function displayName(locale: Locale, type: "region" | "language", code: string): string | undefined {
  try {
    return new Intl.DisplayNames([INTL_LOCALE[locale]], { type }).of(code);
  } catch {
    return undefined;
  }
}

/** formatInterval with the catalogue's words and the locale's dates and digits. */
export function formatIntervalIn(iv: DateInterval, locale: Locale): string {
  const m = (key: MessageKey, vars: Vars) => t(key, vars, locale);
  return formatInterval(iv, INTL_LOCALE[locale], {
    unknown: m("date.unknown", {}),
    circa: (day) => m("date.circa", { day }),
    before: (day) => m("date.before", { day }),
    after: (day) => m("date.after", { day }),
    between: (from, to) => m("date.between", { from, to }),
  });
}

/** A site or monument as far as naming it goes: its English name and its names in other languages. */
export type Named = { name: string; names?: { value: string; lang: string }[] };

/** The name to show first in this language, with its language tag: the Arabic name in Arabic where there is one. */
export function nameIn(locale: Locale, entity: Named): { value: string; lang: string } {
  const own = locale !== DEFAULT_LOCALE ? entity.names?.find((n) => n.lang === locale) : undefined;
  return own ? { value: own.value, lang: own.lang } : { value: entity.name, lang: DEFAULT_LOCALE };
}
