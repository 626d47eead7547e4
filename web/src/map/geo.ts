// The Finistère outlines shipped with the app (finistere.topo.json, built by `npm run geo:build`
// from seed/data/geo/, see seed/data/LICENCE.md), decoded once and projected with d3-geo in a
// conformal conic projection close to Lambert-93: drawn offline, no tiles.
import { type GeoPermissibleObjects, geoConicConformal, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import topoJson from './finistere.topo.json';

export type MapLevel = 'COMMUNE' | 'EPCI' | 'EMPLOYMENT_AREA';
export const MAP_LEVELS: readonly MapLevel[] = ['COMMUNE', 'EPCI', 'EMPLOYMENT_AREA'];

type Outline = Feature<Geometry, { name: string }> & { id: string };
type Topo = Parameters<typeof feature>[0];
type TopoObject = Parameters<typeof feature>[1];
type Objects = 'communes' | 'epci' | 'employmentAreas' | 'department';
const topo = topoJson as unknown as Topo;

const OBJECT: Record<MapLevel | 'DEPARTMENT', Objects> = { COMMUNE: 'communes', EPCI: 'epci', EMPLOYMENT_AREA: 'employmentAreas', DEPARTMENT: 'department' };
const cache = new Map<string, Outline[]>();

/** The outlines of a level, each with the cartography's territory id. */
export function outlines(level: MapLevel | 'DEPARTMENT'): Outline[] {
  let list = cache.get(level);
  if (!list) {
    const fc = feature(topo, topo.objects[OBJECT[level]] as TopoObject) as unknown as FeatureCollection<Geometry, { name: string }>;
    list = fc.features.map((f) => ({ ...f, id: String(f.id) }));
    cache.set(level, list);
  }
  return list;
}

export interface Projected {
  /** SVG path data of a geometry */
  path: (g: GeoPermissibleObjects) => string;
  /** the projected centroid of a geometry */
  centroid: (g: GeoPermissibleObjects) => [number, number];
}

/** A projection of the department fitted to a width × height box (with a margin). */
export function project(width: number, height: number, margin = 8): Projected {
  const dep = { type: 'FeatureCollection', features: outlines('DEPARTMENT') } as FeatureCollection;
  const projection = geoConicConformal()
    .parallels([44, 49])
    .rotate([-3, 0])
    .fitExtent(
      [
        [margin, margin],
        [width - margin, height - margin],
      ],
      dep,
    );
  const p = geoPath(projection);
  return { path: (g) => p(g) ?? '', centroid: (g) => p.centroid(g) as [number, number] };
}

/** Projected centroids of the communes by INSEE code (where actors and sites are drawn). */
export function communeCentroids(pr: Projected): Map<string, [number, number]> {
  return new Map(outlines('COMMUNE').map((f) => [f.id, pr.centroid(f)]));
}
