// The downloads each public page links: exactly what the page shows, from /api/v1 (pure).
import { t } from "./messages";

export type Download = { label: string; href: string };

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);
const join = (...parts: string[]) => parts.filter(Boolean).join("&");

/** Monuments (filtered by status, as of a day): the list, the map, the overview. */
export function monumentDownloads(query = ""): Download[] {
  return [
    { label: t("downloads.monumentsGeojson"), href: withQuery("/api/v1/monuments.geojson", query) },
    { label: t("downloads.monumentsCsv"), href: withQuery("/api/v1/monuments.csv", query) },
    { label: t("downloads.monumentsJson"), href: withQuery("/api/v1/monuments", join(query, "limit=500")) },
  ];
}

/** One site: its record with its counts, and its monuments with their status. */
export function siteDownloads(slug: string): Download[] {
  const s = encodeURIComponent(slug);
  return [
    { label: t("sites.siteJson"), href: `/api/v1/sites/${s}` },
    { label: t("downloads.siteMonumentsGeojson"), href: `/api/v1/monuments.geojson?site=${s}` },
    { label: t("downloads.siteMonumentsCsv"), href: `/api/v1/monuments.csv?site=${s}` },
    { label: t("downloads.monumentsJson"), href: `/api/v1/monuments?site=${s}&limit=500` },
  ];
}

/** Events as the events list filters them (the API takes the same filters). */
export function eventDownloads(query = ""): Download[] {
  return [
    { label: t("downloads.eventsCsv"), href: withQuery("/api/v1/events.csv", query) },
    { label: t("downloads.eventsJson"), href: withQuery("/api/v1/events", join(query, "limit=500")) },
  ];
}

/** One monument: its record, its events, its point (with the statuses as of the day shown). */
export function oneMonumentDownloads(slug: string, asOfQuery = ""): Download[] {
  const m = `monument=${encodeURIComponent(slug)}`;
  return [
    { label: t("downloads.monumentJson"), href: `/api/v1/monuments/${encodeURIComponent(slug)}` },
    ...eventDownloads(m),
    { label: t("downloads.siteGeojson"), href: withQuery("/api/v1/monuments.geojson", asOfQuery) },
  ];
}

export function sourceDownloads(slug?: string): Download[] {
  if (!slug) return [{ label: t("downloads.sourcesJson"), href: "/api/v1/sources?limit=500" }];
  const s = encodeURIComponent(slug);
  return [
    { label: t("downloads.sourceJson"), href: `/api/v1/sources/${s}` },
    { label: t("downloads.sourceCsv"), href: `/api/v1/citations?source=${s}&format=csv` },
  ];
}
