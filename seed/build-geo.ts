/**
 * Builds web/src/map/finistere.topo.json, the outlines the explorer's map, the report and the
 * graph's geographic layout draw, from the GeoJSON copies in seed/data/geo/ (see
 * seed/data/LICENCE.md): communes, EPCI, employment areas (zones d'emploi 2020) and the
 * department, in one TopoJSON topology (shared borders stored once), quantised and
 * simplified for display at department scale (about 10 m; the sources are already simplified).
 *
 * Run: npm run geo:build. Deterministic output. Feature ids are the cartography's territory ids
 * (INSEE code, EPCI SIREN, `ZE` + zone code, department code).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';

const SEED_DIR = dirname(fileURLToPath(import.meta.url));
const GEO_DIR = join(SEED_DIR, 'data', 'geo');
const OUT_FILE = join(SEED_DIR, '..', 'web', 'src', 'map', 'finistere.topo.json');

type Props = Record<string, unknown>;
const read = (name: string) => JSON.parse(readFileSync(join(GEO_DIR, name), 'utf8')) as FeatureCollection<Geometry, Props> | Feature<Geometry, Props>;
const features = (x: ReturnType<typeof read>) => (x.type === 'FeatureCollection' ? x.features : [x]);

/** Keeps only the id and the name: the rest comes from the cartography. */
function layer(file: string, id: (p: Props) => string, name: (p: Props) => string): FeatureCollection<Geometry, { name: string }> {
  const list = features(read(file)).map((f) => ({
    type: 'Feature' as const,
    id: id(f.properties ?? {}),
    properties: { name: name(f.properties ?? {}) },
    geometry: f.geometry,
  }));
  list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { type: 'FeatureCollection', features: list };
}

const layers = {
  communes: layer(
    'communes_29.geojson',
    (p) => String(p.insee_code),
    (p) => String(p.name),
  ),
  epci: layer(
    'epci_29.geojson',
    (p) => String(p.epci_siren),
    (p) => String(p.epci_name),
  ),
  employmentAreas: layer(
    'zones_emploi_2020_29.geojson',
    (p) => `ZE${p.zone_emploi_2020_code}`,
    (p) => `Zone d'emploi de ${p.zone_emploi_2020_name}`,
  ),
  department: layer(
    'departement_29.geojson',
    () => '29',
    () => 'Finistère',
  ),
};

// 1e5 steps across the department's extent ≈ 2 m; simplification keeps 60 % of the points; quantised
// again (delta-encoded integers) for a small file.
// topojson-server types properties as GeoJsonProperties (nullable), topojson-simplify as {}: same objects.
const topo = presimplify(topology(layers, 1e5) as Parameters<typeof presimplify>[0]);
const simplified = quantize(simplify(topo, quantile(topo, 0.4)), 1e5);
writeFileSync(OUT_FILE, `${JSON.stringify(simplified)}\n`);
const counts = Object.entries(layers).map(([k, v]) => `${k} ${v.features.length}`);
console.log(`${OUT_FILE}: ${counts.join(', ')}; ${(JSON.stringify(simplified).length / 1024).toFixed(0)} kB`);
