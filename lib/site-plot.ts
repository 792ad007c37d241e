// A plain site plan without map tiles: positions projected onto a small square around the
// site's recorded centre. Only monuments with recorded coordinates get a point; the rest are
// listed as unknown — a position is never guessed.

export interface PlotMonument {
  slug: string;
  name: string;
  latitude: number | null;
  longitude: number | null;
}

export interface PlotPoint {
  slug: string;
  name: string;
  x: number;
  y: number;
}

/** Half the side of the plotted square, in degrees of latitude (~2.2 km). */
const HALF_SPAN = 0.02;

/**
 * Equirectangular projection into a size×size box centred on the site (x east, y south), with
 * longitude scaled by cos(latitude) so distances are not stretched. Points outside the box are
 * clamped to its edge and flagged by `outside`.
 */
export function plotSite(site: { latitude: number; longitude: number }, monuments: PlotMonument[], size = 200) {
  const k = Math.cos((site.latitude * Math.PI) / 180);
  const scale = size / 2 / HALF_SPAN;
  const clamp = (v: number) => Math.min(size, Math.max(0, v));
  const placed: (PlotPoint & { outside: boolean })[] = [];
  const unknown: PlotMonument[] = [];
  for (const m of monuments) {
    if (m.latitude === null || m.longitude === null) {
      unknown.push(m);
      continue;
    }
    const x = size / 2 + (m.longitude - site.longitude) * k * scale;
    const y = size / 2 - (m.latitude - site.latitude) * scale;
    placed.push({ slug: m.slug, name: m.name, x: clamp(x), y: clamp(y), outside: x !== clamp(x) || y !== clamp(y) });
  }
  return { centre: { x: size / 2, y: size / 2 }, placed, unknown, kmAcross: (HALF_SPAN * 2 * 111.32).toFixed(1) };
}
