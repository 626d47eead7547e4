// Distances of the analyses (SPEC, analyses v2): great-circle distance by the haversine formula
// with R = 6371 km between two communes' coordinates (degrees), rounded to 0.1 km.
// The Cypher computes it with Neo4j's point.distance, which is the same haversine formula with
// R = 6378.14 km, scaled by 6371 / 6378.14 (an integration test checks both agree).

export const EARTH_RADIUS_KM = 6371;

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Haversine distance in km, not rounded. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const h = Math.sin(rad(lat2 - lat1) / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

/** Rounded to 0.1 km, half up, as Cypher's round(x, 1). */
export const roundKm = (km: number) => Math.round(km * 10) / 10;
