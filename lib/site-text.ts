// How a site is named and dated in page text, from its record and its claims (pure): no page
// says "Palmyra" unless the dataset does.

type SiteNames = { name: string; country: string; names: { value: string; kind: string }[] };

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
