/**
 * Builds seed/finistere.json (interchange format v1) from:
 *  - seed/data/*.csv (territory open data, see seed/data/LICENCE.md),
 *  - seed/src/*.json (hand-written actors, programmes, links, statistics).
 *
 * Run: node --import tsx seed/build.ts   (--stdout: print instead of writing seed/finistere.json)
 * Node standard library only. Output is deterministic (sorted arrays, fixed key order).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INTERCHANGE_FIELDS } from '../server/src/import/fields.js';

const SEED_DIR = dirname(fileURLToPath(import.meta.url));
const DATA_DIR = join(SEED_DIR, 'data');
const SRC_DIR = join(SEED_DIR, 'src');
const OUT_FILE = join(SEED_DIR, 'finistere.json');

const REGION_ID = '53';
const DEPARTMENT_ID = '29';

type Row = Record<string, string>;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Territory {
  id: string;
  name: string;
  level: 'REGION' | 'DEPARTMENT' | 'EMPLOYMENT_AREA' | 'EPCI' | 'COMMUNE';
  partOf?: string[];
  population?: number;
  lat?: number;
  lon?: number;
}

/** RFC 4180 parser: quoted fields, "" escapes, commas and line breaks inside quotes, CRLF or LF. */
function parseCsv(text: string): string[][] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let state: 'start' | 'unquoted' | 'quoted' | 'closed' = 'start';
  const endField = (): void => {
    row.push(field);
    field = '';
    state = 'start';
  };
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (state === 'quoted') {
      if (c !== '"') field += c;
      else if (input[i + 1] === '"') {
        field += '"';
        i++;
      } else state = 'closed';
    } else if (c === ',') {
      endField();
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else if (state === 'closed') {
      throw new Error(`CSV: unexpected character after a closing quote at offset ${i}`);
    } else if (c === '"') {
      if (state === 'unquoted') throw new Error(`CSV: quote inside an unquoted field at offset ${i}`);
      state = 'quoted';
    } else {
      field += c;
      state = 'unquoted';
    }
  }
  if (state === 'quoted') throw new Error('CSV: unterminated quoted field');
  if (state !== 'start' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

function readCsv(file: string, required: readonly string[]): Row[] {
  const [header, ...body] = parseCsv(readFileSync(join(DATA_DIR, file), 'utf8'));
  if (!header) throw new Error(`${file}: empty file`);
  for (const column of required) {
    if (!header.includes(column)) throw new Error(`${file}: missing column ${column}`);
  }
  return body
    .filter((cells) => !(cells.length === 1 && cells[0] === ''))
    .map((cells, index) => {
      if (cells.length !== header.length) {
        throw new Error(`${file} line ${index + 2}: ${cells.length} fields, expected ${header.length}`);
      }
      const row: Row = {};
      header.forEach((column, i) => {
        row[column] = cells[i] ?? '';
      });
      return row;
    });
}

function cell(row: Row, column: string): string {
  const value = row[column];
  if (value === undefined) throw new Error(`missing column ${column}`);
  return value;
}

function int(row: Row, column: string): number {
  const value = cell(row, column);
  if (!/^\d+$/.test(value)) throw new Error(`not an integer in ${column}: "${value}"`);
  return Number(value);
}

function num(row: Row, column: string): number {
  const value = Number(cell(row, column));
  if (cell(row, column) === '' || !Number.isFinite(value)) throw new Error(`not a number in ${column}`);
  return value;
}

const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

/** Area-weighted mean of commune centroids: a close approximation of the centroid of their union. */
function weightedCentre(communes: readonly Row[]): { lat: number; lon: number } {
  let area = 0;
  let lat = 0;
  let lon = 0;
  for (const c of communes) {
    const a = num(c, 'area_km2_approx');
    area += a;
    lat += a * num(c, 'centroid_lat');
    lon += a * num(c, 'centroid_lon');
  }
  if (area === 0) throw new Error('weightedCentre: no area');
  return { lat: round5(lat / area), lon: round5(lon / area) };
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function buildTerritories(): Territory[] {
  const communes = readCsv('communes_29.csv', [
    'insee_code',
    'name',
    'population_municipale',
    'epci_siren',
    'zone_emploi_2020_code',
    'zone_emploi_2020_name',
    'centroid_lat',
    'centroid_lon',
    'interior_point_lat',
    'interior_point_lon',
    'area_km2_approx',
  ]);
  const epcis = readCsv('epci_29.csv', ['epci_siren', 'epci_name', 'population_municipale_in_29', 'centroid_lat', 'centroid_lon', 'communes_insee']);
  const zones = readCsv('zones_emploi_2020_29.csv', ['zone_emploi_2020_code', 'zone_emploi_2020_name', 'population_municipale_in_29', 'communes_insee']);

  const epciIds = new Set(epcis.map((e) => cell(e, 'epci_siren')));
  const zoneIds = new Set(zones.map((z) => cell(z, 'zone_emploi_2020_code')));
  const zeId = (code: string): string => `ZE${code}`;

  // Cross-check the three files against each other before writing anything.
  const membersOf = (column: string, id: string): string =>
    communes
      .filter((c) => cell(c, column) === id)
      .map((c) => cell(c, 'insee_code'))
      .sort()
      .join(' ');
  for (const e of epcis) {
    const listed = cell(e, 'communes_insee').split(' ').sort().join(' ');
    if (listed !== membersOf('epci_siren', cell(e, 'epci_siren'))) throw new Error(`EPCI ${cell(e, 'epci_siren')}: member list mismatch`);
  }
  for (const z of zones) {
    const listed = cell(z, 'communes_insee').split(' ').sort().join(' ');
    if (listed !== membersOf('zone_emploi_2020_code', cell(z, 'zone_emploi_2020_code'))) {
      throw new Error(`ZE ${cell(z, 'zone_emploi_2020_code')}: member list mismatch`);
    }
  }

  const communeTerritories: Territory[] = communes.map((c) => {
    const id = cell(c, 'insee_code');
    if (!/^29\d{3}$/.test(id)) throw new Error(`unexpected INSEE code ${id}`);
    const epci = cell(c, 'epci_siren');
    const ze = cell(c, 'zone_emploi_2020_code');
    if (epci !== '' && !epciIds.has(epci)) throw new Error(`commune ${id}: unknown EPCI ${epci}`);
    if (!zoneIds.has(ze)) throw new Error(`commune ${id}: unknown employment zone ${ze}`);
    const partOf = epci === '' ? [zeId(ze)] : [epci, zeId(ze)];
    return {
      id,
      name: cell(c, 'name'),
      level: 'COMMUNE',
      partOf,
      population: int(c, 'population_municipale'),
      lat: num(c, 'interior_point_lat'),
      lon: num(c, 'interior_point_lon'),
    };
  });

  const epciTerritories: Territory[] = epcis.map((e) => ({
    id: cell(e, 'epci_siren'),
    name: cell(e, 'epci_name'),
    level: 'EPCI',
    partOf: [DEPARTMENT_ID],
    population: int(e, 'population_municipale_in_29'),
    lat: num(e, 'centroid_lat'),
    lon: num(e, 'centroid_lon'),
  }));

  const zoneTerritories: Territory[] = zones.map((z) => {
    const code = cell(z, 'zone_emploi_2020_code');
    const members = communes.filter((c) => cell(c, 'zone_emploi_2020_code') === code);
    return {
      id: zeId(code),
      name: `Zone d'emploi de ${cell(z, 'zone_emploi_2020_name')}`,
      level: 'EMPLOYMENT_AREA',
      partOf: [DEPARTMENT_ID],
      population: int(z, 'population_municipale_in_29'),
      ...weightedCentre(members),
    };
  });

  const department: Territory = {
    id: DEPARTMENT_ID,
    name: 'Finistère',
    level: 'DEPARTMENT',
    partOf: [REGION_ID],
    population: communes.reduce((sum, c) => sum + int(c, 'population_municipale'), 0),
    ...weightedCentre(communes),
  };
  const region: Territory = { id: REGION_ID, name: 'Bretagne', level: 'REGION' };

  return [region, department, ...zoneTerritories.sort(byId), ...epciTerritories.sort(byId), ...communeTerritories.sort(byId)];
}

/** Field order of each interchange item, as in contract/interchange.schema.json. */
const FIELDS = INTERCHANGE_FIELDS;

type Section = keyof typeof FIELDS;

/** Reads a src file, rejects unknown fields and returns the items with keys in schema order. */
function readSource(section: Section): JsonObject[] {
  const file = join(SRC_DIR, `${section}.json`);
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${file}: expected an array`);
  const allowed: readonly string[] = FIELDS[section];
  return parsed.map((item: unknown, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new Error(`${file}[${index}]: expected an object`);
    const source = item as JsonObject;
    for (const key of Object.keys(source)) {
      if (!allowed.includes(key)) throw new Error(`${file}[${index}]: unknown field "${key}"`);
    }
    const ordered: JsonObject = {};
    for (const key of allowed) {
      const value = source[key];
      if (value !== undefined) ordered[key] = value;
    }
    return ordered;
  });
}

const text = (value: Json | undefined): string => (typeof value === 'string' ? value : String(value ?? ''));
const compareBy =
  (...keys: string[]) =>
  (a: JsonObject, b: JsonObject): number => {
    for (const key of keys) {
      const x = text(a[key]);
      const y = text(b[key]);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };

function assertUnique(items: JsonObject[], keys: string[], what: string): void {
  const seen = new Set<string>();
  for (const item of items) {
    const key = keys.map((k) => text(item[k])).join('|');
    if (seen.has(key)) throw new Error(`duplicate ${what}: ${key}`);
    seen.add(key);
  }
}

function main(): void {
  const territories = buildTerritories();
  const actors = readSource('actors').sort(compareBy('id'));
  const programmes = readSource('programmes').sort(compareBy('id'));
  const links = readSource('links').sort(compareBy('type', 'from', 'to'));
  const statistics = readSource('statistics').sort(compareBy('territory', 'indicator', 'year'));

  assertUnique(actors, ['id'], 'actor id');
  assertUnique(programmes, ['id'], 'programme id');
  assertUnique(links, ['type', 'from', 'to'], 'link');
  assertUnique(statistics, ['territory', 'indicator', 'year'], 'statistic');

  const document = {
    format: 'agir-cartography',
    version: 1,
    title: 'Cartographie AGIR — Finistère (29)',
    territories,
    actors,
    programmes,
    links,
    statistics,
  };
  const text = `${JSON.stringify(document, null, 2)}\n`;
  // --stdout prints the document instead of writing it (the seed test compares it with the committed file).
  if (process.argv.includes('--stdout')) {
    process.stdout.write(text);
    return;
  }
  writeFileSync(OUT_FILE, text, 'utf8');
  console.log(
    `wrote ${OUT_FILE}: ${territories.length} territories, ${actors.length} actors, ` +
      `${programmes.length} programmes, ${links.length} links, ${statistics.length} statistics`,
  );
}

main();
