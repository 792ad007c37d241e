// Monuments as a GeoJSON FeatureCollection (RFC 7946): WGS84, positions as [longitude, latitude].
// A monument whose position is not recorded keeps its place with `"geometry": null` (RFC 7946 §3.2
// allows an unlocated feature), so the collection lists every monument; GIS tools skip or flag it.

export interface LocatedMonument {
  slug: string;
  name: string;
  type: string;
  status: string;
  latitude: number | null;
  longitude: number | null;
  url: string;
  names?: { value: string; lang: string }[];
}

export function toFeature(m: LocatedMonument) {
  return {
    type: "Feature" as const,
    id: m.slug,
    geometry: m.latitude != null && m.longitude != null ? { type: "Point" as const, coordinates: [m.longitude, m.latitude] } : null,
    properties: {
      slug: m.slug,
      name: m.name,
      name_ar: m.names?.find((n) => n.lang === "ar")?.value ?? null,
      type: m.type,
      status: m.status,
      url: m.url,
    },
  };
}

export function toFeatureCollection(monuments: LocatedMonument[]) {
  return { type: "FeatureCollection" as const, features: monuments.map(toFeature) };
}
