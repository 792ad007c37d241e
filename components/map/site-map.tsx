import Link from "@/components/locale-link";
import { getMapTiles } from "@/lib/env";
import { mapPoints, type MappableMonument } from "@/lib/map";
import type { Locale } from "@/lib/locales";
import { getI18n, nameIn, type Named } from "@/lib/messages";
import { StatusBadge } from "../status-badge";
import { LeafletMap } from "./lazy";

type Props = {
  site: Named & { latitude: number; longitude: number };
  monuments: MappableMonument[];
  /** How the statuses were read ("today, by everything published"), for the caption. */
  reading: string;
  current?: string;
  /** Total before filtering, when the map shows a filtered selection. */
  total?: number;
  /** The list's heading level: 3 where the map sits in a section of its own. */
  headingLevel?: 2 | 3;
  /** The map shows the `current` monument's nearest neighbours of `total` at its site; `href` is the whole site's map. */
  nearest?: { total: number; href: string };
  /** A big site's list names only the first `limit` drawn and undrawn; `href` lists them all, page by page. */
  listWindow?: { limit: number; href: string };
  locale?: Locale;
};

/**
 * The map and, beside it, the same monuments as a list: the text alternative, the keyboard way in,
 * and what remains useful with no map tiles (or no JavaScript) at all.
 */
export function SiteMap({ site, monuments, reading, current, total, headingLevel = 2, nearest, listWindow, locale = "en" }: Props) {
  const { t, join } = getI18n(locale);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const tiles = getMapTiles();
  // Points, their popups and the list beside them name each monument in the reader's language.
  const { located, unlocated } = mapPoints(monuments.map((m) => ({ ...m, name: nameIn(locale, m).value })));
  // The map draws every point; the list beside it stays one screenful of text in a big site.
  const limit = listWindow?.limit ?? Infinity;
  const listed = located.slice(0, limit);
  const unlistedNames = unlocated.slice(0, limit).map((m) => m.name);
  return (
    <figure className="grid gap-4 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]" data-testid="site-map" aria-label={t("map.figureLabel", { site: nameIn(locale, site).value })}>
      <div className="min-w-0 space-y-2">
        <LeafletMap points={located} centre={{ ...site }} tiles={tiles} current={current} />
        <figcaption className="text-sm text-stone-700" data-testid="map-caption">
          {t("map.caption", { located: located.length, total: total ?? monuments.length, reading, tiles: tiles ? new URL(tiles.url.replace(/\{s\}/g, "a")).host : t("map.tilesNone") })}
          {current && located.some((p) => p.slug === current) ? ` ${t("map.current")}` : ""}
        </figcaption>
      </div>
      <div className="min-w-0 text-sm">
        <Heading className="font-semibold">{t("map.listHeading")}</Heading>
        <ul className="mt-1 space-y-1" data-testid="map-list">
          {listed.map((p) => (
            <li key={p.slug} className="flex flex-wrap items-center gap-x-2" data-slug={p.slug}>
              {p.slug === current ? <strong>{p.name}</strong> : <Link href={`/monuments/${p.slug}`} className="text-blue-800 underline">{p.name}</Link>}
              <StatusBadge status={p.status} />
            </li>
          ))}
        </ul>
        {unlocated.length ? (
          <p className="mt-2 text-stone-700" data-testid="map-unlocated">{t("map.unlocated", { names: join(unlocated.length > limit ? [...unlistedNames, t("map.more", { count: unlocated.length - limit })] : unlistedNames) })}</p>
        ) : null}
        {listWindow && located.length > limit ? (
          <p className="mt-2 text-stone-700" data-testid="map-list-window">
            {t("map.listWindow", { shown: listed.length, total: located.length })}{" "}
            <Link href={listWindow.href} className="text-blue-800 underline">{t("map.listWindowLink")}</Link>
          </p>
        ) : null}
        {nearest ? (
          <p className="mt-2 text-stone-700" data-testid="map-window">
            {t("map.window", { shown: monuments.length, total: nearest.total })}{" "}
            <Link href={nearest.href} className="text-blue-800 underline">{t("map.windowLink")}</Link>
          </p>
        ) : null}
      </div>
    </figure>
  );
}
