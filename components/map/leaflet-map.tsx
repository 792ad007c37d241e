"use client";
// The web map: Leaflet, loaded only where a map is drawn (components/map/lazy.tsx). Points are
// SVG circles drawn from the data, not tiles, so with the tile server unreachable every located
// monument is still drawn over a plain background, with the scale bar and the site's centre.
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { useEffect, useRef } from "react";
import type { MapPoint } from "@/lib/map";
import type { MapTiles } from "@/lib/env";
import { STATUS_COLORS } from "../charts/colors";
import { getI18n } from "@/lib/messages";
import { useI18n } from "../use-i18n";

export const MAP_HEIGHT = 360;

export interface LeafletMapProps {
  points: MapPoint[];
  centre: { latitude: number; longitude: number; name: string };
  tiles: MapTiles | null;
  current?: string;
}

export function LeafletMap({ points, centre, tiles, current }: LeafletMapProps) {
  const el = useRef<HTMLDivElement>(null);
  const { locale } = useI18n();
  useEffect(() => {
    if (!el.current) return;
    const { t, path, dir } = getI18n(locale);
    // No keyboard panning on the container: the list beside the map is the keyboard and
    // screen-reader way through the same monuments.
    const map = L.map(el.current, { scrollWheelZoom: false, keyboard: false, attributionControl: true, zoomSnap: 0.5 });
    map.attributionControl.setPrefix(false);
    // The view first: Leaflet defers drawing layers until the map has one, and the points'
    // data attributes are set on their drawn elements.
    const bounds = L.latLngBounds([[centre.latitude, centre.longitude], ...points.map((p) => [p.latitude, p.longitude] as [number, number])]);
    map.fitBounds(bounds.pad(0.15), { maxZoom: 16, animate: false });
    if (tiles) L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 19, crossOrigin: false }).addTo(map);
    L.control.scale({ metric: true, imperial: false, position: dir === "rtl" ? "bottomright" : "bottomleft" }).addTo(map);
    const site = L.circleMarker([centre.latitude, centre.longitude], { radius: 10, color: "#1c1917", weight: 2, fill: false, interactive: false, className: "hw-site-centre" }).addTo(map);
    site.bindTooltip(t("map.siteCentre", { site: centre.name }), { permanent: false });
    for (const p of points) {
      const isCurrent = p.slug === current;
      const marker = L.circleMarker([p.latitude, p.longitude], {
        radius: isCurrent ? 9 : 6,
        color: isCurrent ? "#1d4ed8" : "#ffffff",
        weight: isCurrent ? 3 : 1.5,
        fillColor: STATUS_COLORS[p.status],
        fillOpacity: 0.95,
        className: "hw-point",
      }).addTo(map);
      marker.getElement()?.setAttribute("data-slug", p.slug);
      marker.getElement()?.setAttribute("data-status", p.status);
      const link = document.createElement("a");
      link.href = path(`/monuments/${p.slug}`);
      link.textContent = p.name;
      const popup = document.createElement("div");
      popup.dir = dir;
      popup.append(link, document.createElement("br"), t(`status.${p.status}`));
      marker.bindPopup(popup);
      marker.bindTooltip(p.name);
    }
    return () => {
      map.remove();
    };
  }, [points, centre, tiles, current, locale]);
  return <div ref={el} style={{ height: MAP_HEIGHT }} className="hw-map z-0 w-full rounded border border-stone-300 bg-stone-200" data-testid="leaflet-map" />;
}
