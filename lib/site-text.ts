// How a site is named and dated in page text, from its record and its claims (pure): no page
// says "Palmyra" unless the dataset does.

import { DEFAULT_LOCALE } from "./locales";
import { nameIn, type I18n } from "./messages";

type SiteNames = { name: string; country: string; names: { value: string; kind: string }[] };

/**
 * The site's title in the reader's language: in Arabic its Arabic name and the country in Arabic
 * ("تدمر، سوريا") where the record has one, otherwise `siteTitle`.
 */
export function siteTitleIn(site: SiteNames & { countryCode: string; names: { value: string; kind: string; lang: string }[] }, i18n: Pick<I18n, "locale" | "comma" | "country">): string {
  const own = nameIn(i18n.locale, site);
  return own.lang === i18n.locale && i18n.locale !== DEFAULT_LOCALE ? `${own.value}${i18n.comma}${i18n.country(site.countryCode, site.country)}` : siteTitle(site);
}

/** "Palmyra (Tadmur), Syria": the name, its transliteration when it differs, the country. */
export function siteTitle(site: SiteNames): string {
  const other = site.names.find((n) => n.kind === "TRANSLITERATION" && n.value !== site.name);
  return `${site.name}${other ? ` (${other.value})` : ""}, ${site.country}`;
}

type Dated = { dateEarliest: Date | string | null; dateLatest: Date | string | null };

/**
 * The years the claims span ("2015–2017", "2016"), or null when none is dated. A loop, not
 * Math.min(...dates): a spread of every date overflows the call stack on a large dataset.
 */
export function yearSpan(events: Dated[]): string | null {
  let first = Infinity;
  let last = -Infinity;
  for (const e of events) {
    for (const d of [e.dateEarliest, e.dateLatest]) {
      if (d === null) continue;
      const year = new Date(d).getUTCFullYear();
      if (year < first) first = year;
      if (year > last) last = year;
    }
  }
  if (first === Infinity) return null;
  return first === last ? String(first) : `${first}–${last}`;
}
