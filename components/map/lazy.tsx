"use client";
// Leaflet (~45 kB gz with its CSS) is fetched only by pages that draw a map, after the page is
// interactive; ssr: false because Leaflet needs the DOM. The placeholder keeps the map's height.
import dynamic from "next/dynamic";

export const LeafletMap = dynamic(() => import("./leaflet-map").then((m) => m.LeafletMap), {
  ssr: false,
  loading: () => <div aria-hidden="true" style={{ height: 360 /* MAP_HEIGHT in leaflet-map.tsx */ }} className="animate-pulse rounded bg-stone-100" />,
});
