// Analyses v2 on tests/fixtures/analysis/where.json: territories as sets of communes, where help is
// given (sites, outreach), distances, ended programmes. Answers worked out by hand.
// Communes, all on the meridian 4° W, so that a distance is 6371 km × Δlat in radians:
//   Kerun C1 48.0° (pop. 1 000), Daou C2 48.1° (3 000), Tri C3 48.2° (6 000), Pevar C4 48.3° (4 000),
//   Pemp C5 48.4° (no population); Kuzh C6 (pop. 800, no coordinates) in another department.
//   0.1° = 11.1 km, 0.2° = 22.2 km, 0.3° = 33.4 km, 0.4° = 44.5 km.
// EPCIs: CC Amont E_1 = {C1, C2, C3}, CC Aval E_2 = {C4, C5}; employment areas: Zone A = {C1, C2, C4},
// Zone B = {C3, C5}: CC Amont straddles both zones. D1 = {C1…C5}; R1 = D1 + D2 (C6).
// Routes: Antenne CHILDCARE direct E_1, points C1 and its site C3; Duo HOUSING_ACCESS direct E_1
// (point C2) and via Logis (E_2, own site C5); Centre (D1, commune C1) via Permanence
// (FRENCH_LANGUAGE, D1, own site C4) and Cours (LITERACY, D1, no site: Centre's C1); Bus via Mobile
// (TRANSPORT, outreach, no territory: Bus's D1), Bus has no location; Fantôme SOCIAL_ISOLATION D1,
// no location; Garage (commune C3) via Ancien (DRIVING_LICENCE, ended 2020) and Futur (E_2, until
// 2099, no site: C3); Mairie TRANSPORT direct C2 (point C2); Visites HEALTH_CARE direct Z_B,
// outreach; EMPLOYMENT_ACCESS: Agence C1, Bureau E_1, Zénith D1; Partout CIVIC_KNOWLEDGE R1.
// Not routes: Relais, Atelier FLE and Jumeau (no operator). BPI: C2 50, C4 50, C1 10, E_1 30, E_2 30.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haversineKm, roundKm } from '../../server/src/analyses/common/geo.js';
import { migrate } from '../../server/src/neo4j/migrate.js';
import { gql, gqlOk } from '../helpers/app.js';
import { type AnalysisEnv, analysisFixture, expectArgumentError, loadAnalysisEnv } from './analysis-support.js';

let env: AnalysisEnv;
beforeAll(async () => {
  env = await loadAnalysisEnv(analysisFixture('where'));
});
afterAll(async () => {
  await env?.close();
});

interface Entry {
  actor: { id: string };
  scope: string;
  share: number;
  populationShare: number | null;
  direct: boolean;
  via: { id: string }[];
  distanceKm: number | null;
  explanation: string;
}
const COVERAGE = `query($b: ID!, $t: ID) { barrierCoverage(barrierId: $b, territoryId: $t) {
  explanation actors { actor { id } scope share populationShare direct via { id } distanceKm explanation } } }`;
async function coverage(barrierId: string, territoryId: string | null = null) {
  return (await gqlOk<{ barrierCoverage: { explanation: string; actors: Entry[] } }>(env.app, COVERAGE, { b: barrierId, t: territoryId })).barrierCoverage;
}
const brief = (e: Entry) => [e.actor.id, e.scope, Number(e.share.toFixed(4)), e.populationShare == null ? null : Number(e.populationShare.toFixed(4))];

describe('barrierCoverage v2: territories as sets of communes', () => {
  it('an EPCI that straddles two employment areas is PARTIAL in each, with its share', async () => {
    const a = await coverage('CHILDCARE', 'Z_A');
    // Zone A = {C1, C2, C4}; CC Amont holds C1 and C2: 2 of 3, 4 000 of 8 000 inhabitants.
    expect(a.actors.map(brief)).toEqual([['antenne', 'PARTIAL', 0.6667, 0.5]]);
    expect(a.actors[0]?.explanation).toBe(
      "Antenne couvre le frein «\u00a0Garde d'enfants\u00a0» directement sur une partie de Zone A : 2 communes sur 3, 50\u00a0% de la population.",
    );
    // Zone B = {C3, C5}; CC Amont holds C3: 1 of 2; Pemp has no population, so no population share.
    const b = await coverage('CHILDCARE', 'Z_B');
    expect(b.actors.map(brief)).toEqual([['antenne', 'PARTIAL', 0.5, null]]);
    expect(b.explanation).toBe("Aucun acteur ne couvre le frein «\u00a0Garde d'enfants\u00a0» sur tout Zone B ; 1 acteur sur une partie seulement.");
  });

  it('two scopes whose union covers the territory make a FULL coverage, though neither contains it', async () => {
    const d = await coverage('HOUSING_ACCESS', 'D1');
    // Duo: direct CC Amont {C1, C2, C3} + Logis CC Aval {C4, C5} = D1; Pemp has no population.
    expect(d.actors.map(brief)).toEqual([['duo', 'FULL', 1, null]]);
    expect(d.actors[0]).toMatchObject({ direct: true, via: [{ id: 'logis' }], distanceKm: null });
    expect(d.actors[0]?.explanation).toBe(
      'Duo couvre le frein «\u00a0Accès au logement pérenne\u00a0» directement et via le dispositif «\u00a0Logis\u00a0» sur tout Département Un (5 communes sur 5).',
    );
    // In CC Amont only the direct route reaches: Logis (CC Aval) is not in via.
    expect((await coverage('HOUSING_ACCESS', 'E_1')).actors.map((e) => [e.actor.id, e.scope, e.direct, e.via.map((p) => p.id)])).toEqual([
      ['duo', 'FULL', true, []],
    ]);
  });

  it('orders FULL first, then by share (highest first), then by name', async () => {
    // D1 = 5 communes: Zénith D1 (1), Bureau CC Amont (3/5), Agence Kerun (1/5): not the name order.
    expect((await coverage('EMPLOYMENT_ACCESS', 'D1')).actors.map(brief)).toEqual([
      ['zenith', 'FULL', 1, null],
      ['bureau', 'PARTIAL', 0.6, null],
      ['agence', 'PARTIAL', 0.2, null],
    ]);
    // Without a territory every actor with a route is FULL with share 1, by name.
    expect((await coverage('EMPLOYMENT_ACCESS')).actors.map(brief)).toEqual([
      ['agence', 'FULL', 1, 1],
      ['bureau', 'FULL', 1, 1],
      ['zenith', 'FULL', 1, 1],
    ]);
  });
});

describe('barrierCoverage v2: where help is given and how far', () => {
  it('a programme’s own sites, not its operator’s points', async () => {
    // Pemp (48.4°): Permanence has its site at Pevar (48.3°): 11.1 km, not Centre's Kerun (44.5 km).
    const french = await coverage('FRENCH_LANGUAGE', 'C5');
    expect(french.actors.map((e) => [e.actor.id, e.via.map((p) => p.id), e.distanceKm])).toEqual([['centre', ['permanence'], 11.1]]);
    expect(french.actors[0]?.explanation).toBe(
      'Centre couvre le frein «\u00a0Maîtrise insuffisante du français\u00a0» via le dispositif «\u00a0Permanence\u00a0» sur tout Pemp ; lieu d’accueil le plus proche à 11,1 km (Pevar).',
    );
    // Cours has no site: Centre's commune, Kerun (48.0°): 44.5 km.
    const literacy = await coverage('LITERACY', 'C5');
    expect(literacy.actors.map((e) => [e.actor.id, e.distanceKm])).toEqual([['centre', 44.5]]);
    expect(literacy.actors[0]?.explanation).toMatch(/à 44,5 km \(Kerun\)\.$/);
  });

  it('an actor’s sites count as its service points', async () => {
    // Antenne: Kerun and its permanence in Tri. Daou (48.1°) is 11.1 km from both; Tri is on the spot.
    expect((await coverage('CHILDCARE', 'C2')).actors.map((e) => e.distanceKm)).toEqual([11.1]);
    const tri = await coverage('CHILDCARE', 'C3');
    expect(tri.actors.map((e) => e.distanceKm)).toEqual([0]);
    expect(tri.actors[0]?.explanation).toMatch(/lieu d’accueil sur place \(Tri\)\.$/);
  });

  it('outreach is 0 km, for a programme route or an actor’s direct route, even without any location', async () => {
    const transport = await coverage('TRANSPORT', 'C5');
    expect(transport.actors.map((e) => [e.actor.id, e.distanceKm])).toEqual([['bus', 0]]);
    expect(transport.actors[0]?.explanation).toBe(
      'Bus couvre le frein «\u00a0Transport et déplacements\u00a0» via le dispositif «\u00a0Mobile\u00a0» sur tout Pemp ; intervient à domicile / à distance.',
    );
    // In Daou the Mairie is on the spot (0 km) and the bus comes (0 km): both FULL, by name.
    expect((await coverage('TRANSPORT', 'C2')).actors.map((e) => [e.actor.id, e.scope, e.distanceKm])).toEqual([
      ['bus', 'FULL', 0],
      ['mairie', 'FULL', 0],
    ]);
    expect((await coverage('HEALTH_CARE', 'C3')).actors.map((e) => [e.actor.id, e.direct, e.distanceKm])).toEqual([['visites', true, 0]]);
  });

  it('an unlocated route has no distance: no location, or a commune without coordinates', async () => {
    const isolated = await coverage('SOCIAL_ISOLATION', 'C2');
    expect(isolated.actors.map((e) => [e.actor.id, e.scope, e.distanceKm])).toEqual([['fantome', 'FULL', null]]);
    expect(isolated.actors[0]?.explanation).toMatch(/ ; distance inconnue \(aucun lieu d’accueil localisé\)\.$/);
    // Kuzh has no coordinates: Partout (region) covers it, at an unknown distance.
    expect((await coverage('CIVIC_KNOWLEDGE', 'C6')).actors.map((e) => [e.actor.id, e.scope, e.distanceKm])).toEqual([['partout', 'FULL', null]]);
    // A territory that is not a commune has no distance.
    expect((await coverage('CHILDCARE', 'E_1')).actors.map((e) => e.distanceKm)).toEqual([null]);
  });

  it('an ended programme is no route', async () => {
    // Garage operates Ancien (ended in 2020) and Futur (CC Aval, until 2099).
    expect((await coverage('DRIVING_LICENCE')).actors.map((e) => [e.actor.id, e.via.map((p) => p.id)])).toEqual([['garage', ['futur']]]);
    expect((await coverage('DRIVING_LICENCE', 'D1')).actors.map(brief)).toEqual([['garage', 'PARTIAL', 0.4, null]]);
    expect((await coverage('DRIVING_LICENCE', 'C2')).actors).toEqual([]);
  });
});

describe('where help is given, through the read API', () => {
  it('serves sites and outreach of actors and programmes, and the programme dates', async () => {
    const d = await gqlOk<{
      actor: { sites: Record<string, unknown>[]; outreach: boolean };
      visites: { outreach: boolean; sites: unknown[] };
      programme: { sites: { commune: { id: string } }[]; outreach: boolean; capacity: number; startDate: string; endDate: string };
    }>(
      env.app,
      `{ actor(id: "antenne") { outreach sites { commune { id name } address label phone hours } }
         visites: actor(id: "visites") { outreach sites { label } }
         programme(id: "futur") { outreach capacity startDate endDate sites { commune { id } } } }`,
    );
    expect(d.actor).toEqual({
      outreach: false,
      sites: [{ commune: { id: 'C3', name: 'Tri' }, address: 'Mairie de Tri', label: 'Permanence du jeudi', phone: '02 98 00 00 03', hours: 'jeudi 9h–12h' }],
    });
    expect(d.visites).toEqual({ outreach: true, sites: [] });
    expect(d.programme).toEqual({ outreach: false, capacity: 40, startDate: '2024-01-01', endDate: '2099-12-31', sites: [] });
    const m = await gqlOk<{ programme: { outreach: boolean; sites: unknown[] } }>(env.app, '{ programme(id: "mobile") { outreach sites { label } } }');
    expect(m.programme).toEqual({ outreach: true, sites: [] });
  });
});

interface Overlap {
  a: { id: string };
  b: { id: string };
  score: number;
  sharedTerritories: { id: string }[];
}
const OVERLAPS = `query($t: ID, $p: ID) { programmeOverlaps(minScore: 0, territoryId: $t, programmeId: $p) { a { id } b { id } score sharedTerritories { id } } }`;
async function overlaps(territoryId: string | null = null, programmeId: string | null = null) {
  return (await gqlOk<{ programmeOverlaps: Overlap[] }>(env.app, OVERLAPS, { t: territoryId, p: programmeId })).programmeOverlaps.map((o) => [
    o.a.id,
    o.b.id,
    o.score,
    o.sharedTerritories.map((x) => x.id),
  ]);
}

describe('programmeOverlaps v2', () => {
  it('compares scopes by their communes: nested (the smaller one is shared) or crossing (their common communes); ended programmes do not compete', async () => {
    // Atelier FLE (CC Amont) within Permanence (D1); Futur (CC Aval) within Jumeau (D1); Logis (CC Aval)
    // and Relais (Zone B) cross at Pemp. Ancien (ended) would score 1 with Futur and Jumeau: no pair.
    expect(await overlaps()).toEqual([
      ['atelier', 'permanence', 1, ['E_1']],
      ['futur', 'jumeau', 1, ['E_2']],
      ['logis', 'relais', 1, ['C5']],
    ]);
    expect(await overlaps(null, 'ancien')).toEqual([]);
  });

  it('with a territory: the pairs whose overlap lies, at least in part, in it', async () => {
    expect(await overlaps('C4')).toEqual([['futur', 'jumeau', 1, ['E_2']]]);
    expect(await overlaps('C5')).toEqual([
      ['futur', 'jumeau', 1, ['E_2']],
      ['logis', 'relais', 1, ['C5']],
    ]);
    // Zone A = {C1, C2, C4}: CC Amont and CC Aval both overlap it; Pemp is not in it.
    expect(await overlaps('Z_A')).toEqual([
      ['atelier', 'permanence', 1, ['E_1']],
      ['futur', 'jumeau', 1, ['E_2']],
    ]);
  });
});

interface Gap {
  territory: { id: string };
  barrier: { id: string };
  bpiCount: number | null;
  actorCount: number;
  reachedShare: number;
  explanation: string;
}
const GAPS = `query($l: TerritoryLevel!, $t: ID, $b: [ID!], $km: Float) {
  coverageGaps(level: $l, territoryId: $t, barrierIds: $b, maxKm: $km) { territory { id } barrier { id } bpiCount actorCount reachedShare explanation } }`;
async function gaps(level: string, territoryId: string | null, barrierIds: string[], maxKm?: number) {
  return (await gqlOk<{ coverageGaps: Gap[] }>(env.app, GAPS, { l: level, t: territoryId, b: barrierIds, km: maxKm })).coverageGaps;
}
const row = (g: Gap) => [g.territory.id, g.barrier.id, g.actorCount, Number(g.reachedShare.toFixed(4))];
const FOUR = ['CHILDCARE', 'LITERACY', 'DRIVING_LICENCE', 'FRENCH_LANGUAGE'];

describe('coverageGaps v2: zones blanches that mean something', () => {
  it('communes: a gap where no covering route is within 20 km; BPI count, then share, name and barrier order', async () => {
    // Reached within 20 km — French (Pevar): Tri, Pevar, Pemp; literacy (Kerun): Kerun, Daou;
    // childcare (CC Amont only): Kerun, Daou, Tri; driving licence (Futur, CC Aval, from Tri): Pevar.
    expect((await gaps('COMMUNE', 'D1', FOUR)).map(row)).toEqual([
      ['C2', 'FRENCH_LANGUAGE', 1, 0], // BPI 50: Daou before Pevar (name)
      ['C2', 'DRIVING_LICENCE', 0, 0],
      ['C4', 'LITERACY', 1, 0],
      ['C4', 'CHILDCARE', 0, 0],
      ['C1', 'FRENCH_LANGUAGE', 1, 0], // BPI 10
      ['C1', 'DRIVING_LICENCE', 0, 0],
      ['C5', 'LITERACY', 1, 0], // BPI unknown: Pemp before Tri
      ['C5', 'CHILDCARE', 0, 0],
      ['C5', 'DRIVING_LICENCE', 1, 0], // Futur covers Pemp in full, but 22.2 km away
      ['C3', 'LITERACY', 1, 0],
      ['C3', 'DRIVING_LICENCE', 0, 0],
    ]);
  });

  it('maxKm: 25 km reaches what is 22.2 km away', async () => {
    expect((await gaps('COMMUNE', 'D1', FOUR, 25)).map(row)).toEqual([
      ['C2', 'DRIVING_LICENCE', 0, 0],
      ['C4', 'LITERACY', 1, 0],
      ['C4', 'CHILDCARE', 0, 0],
      ['C1', 'FRENCH_LANGUAGE', 1, 0],
      ['C1', 'DRIVING_LICENCE', 0, 0],
      ['C5', 'LITERACY', 1, 0],
      ['C5', 'CHILDCARE', 0, 0],
      ['C3', 'DRIVING_LICENCE', 0, 0],
    ]);
    expect((await gaps('COMMUNE', 'D1', ['FRENCH_LANGUAGE'], 40)).map(row)).toEqual([]);
    expect((await gaps('COMMUNE', 'D1', ['FRENCH_LANGUAGE'], 0)).map(row)).toEqual([
      ['C2', 'FRENCH_LANGUAGE', 1, 0],
      ['C1', 'FRENCH_LANGUAGE', 1, 0],
      ['C5', 'FRENCH_LANGUAGE', 1, 0],
      ['C3', 'FRENCH_LANGUAGE', 1, 0],
    ]);
  });

  it('EPCIs: reachedShare by population when every commune has one, else by count; FULL actors counted', async () => {
    // CC Amont (10 000 inhabitants): French reaches Tri (6 000) = 0.6; literacy Kerun + Daou = 0.4;
    // health care (Visites, Zone B) Tri = 0.6 but nobody covers all of it; no driving licence route.
    // CC Aval (Pemp has no population: by count): literacy 0 of 2; health care Pemp = 0.5; no
    // childcare; driving licence Pevar = 0.5 (Futur covers it in full).
    expect((await gaps('EPCI', 'D1', ['FRENCH_LANGUAGE', 'LITERACY', 'HEALTH_CARE', 'CHILDCARE', 'DRIVING_LICENCE'])).map(row)).toEqual([
      ['E_1', 'DRIVING_LICENCE', 0, 0], // BPI 30 both: share, then name (CC Amont < CC Aval), then barrier
      ['E_2', 'LITERACY', 1, 0],
      ['E_2', 'CHILDCARE', 0, 0],
      ['E_1', 'LITERACY', 1, 0.4],
      ['E_2', 'HEALTH_CARE', 0, 0.5],
      ['E_2', 'DRIVING_LICENCE', 1, 0.5],
      ['E_1', 'FRENCH_LANGUAGE', 1, 0.6],
      ['E_1', 'HEALTH_CARE', 0, 0.6],
    ]);
  });

  it('an unknown distance is never reached: an actor without location, a commune without coordinates', async () => {
    // Fantôme covers D1 in full but has no location. Partout (the region, from Kerun) covers every
    // commune: Kerun and Daou within 20 km (4 000 of CC Amont's 10 000), not Tri (22.2 km), Pevar,
    // Pemp; nor Kuzh, which has no coordinates.
    expect((await gaps('EPCI', null, ['SOCIAL_ISOLATION', 'CIVIC_KNOWLEDGE'])).map(row)).toEqual([
      ['E_1', 'SOCIAL_ISOLATION', 1, 0],
      ['E_2', 'SOCIAL_ISOLATION', 1, 0],
      ['E_2', 'CIVIC_KNOWLEDGE', 1, 0],
      ['E_1', 'CIVIC_KNOWLEDGE', 1, 0.4],
      ['E_3', 'SOCIAL_ISOLATION', 0, 0], // BPI unknown last
      ['E_3', 'CIVIC_KNOWLEDGE', 1, 0],
    ]);
  });

  it('explains each gap in French: a white zone, a gap with covering actors', async () => {
    const list = await gaps('COMMUNE', 'D1', ['DRIVING_LICENCE']);
    expect(list.find((g) => g.territory.id === 'C2')?.explanation).toBe(
      'Zone blanche sur Daou (commune, 50 BPI) : aucun acteur ne couvre le frein «\u00a0Permis de conduire\u00a0» sur tout Daou ; la commune n’est pas à 20 km au plus d’un lieu d’accueil.',
    );
    expect(list.find((g) => g.territory.id === 'C5')?.explanation).toBe(
      'Pemp (commune, nombre de BPI inconnu) : 1 acteur couvre le frein «\u00a0Permis de conduire\u00a0» sur tout Pemp ; la commune n’est pas à 20 km au plus d’un lieu d’accueil.',
    );
    const [amont] = await gaps('EPCI', 'E_1', ['FRENCH_LANGUAGE']);
    expect(amont?.explanation).toBe(
      'CC Amont (intercommunalité, 30 BPI) : 1 acteur couvre le frein «\u00a0Maîtrise insuffisante du français\u00a0» sur tout CC Amont ; 1 commune sur 3 est à 20 km au plus d’un lieu d’accueil (60\u00a0% de la population).',
    );
  });

  it('agrees with barrierCoverage: actorCount is the number of FULL actors', async () => {
    for (const g of await gaps('EPCI', 'D1', ['FRENCH_LANGUAGE', 'LITERACY', 'HEALTH_CARE', 'CHILDCARE', 'DRIVING_LICENCE'])) {
      const full = (await coverage(g.barrier.id, g.territory.id)).actors.filter((a) => a.scope === 'FULL').length;
      expect(full, `${g.territory.id} ${g.barrier.id}`).toBe(g.actorCount);
    }
  });

  it('lists the covering actors without a known location: the data to complete first', async () => {
    const q = 'query($t: ID) { unlocatedActors(territoryId: $t) { actor { id name } barriers { id } } }';
    const d1 = await gqlOk<{ unlocatedActors: { actor: { id: string }; barriers: { id: string }[] }[] }>(env.app, q, { t: 'D1' });
    // Fantôme has neither commune nor site; Bus and Visites have none either but come to people.
    expect(d1.unlocatedActors.map((u) => [u.actor.id, u.barriers.map((b) => b.id)])).toEqual([['fantome', ['SOCIAL_ISOLATION']]]);
    // Kuzh lacks coordinates, but Partout, which covers it, is located.
    expect((await gqlOk<{ unlocatedActors: unknown[] }>(env.app, q, { t: 'E_3' })).unlocatedActors).toEqual([]);
    expect(await expectArgumentError(env.app, q, 'territoryId', { t: 'nowhere' })).toBe('territoryId: unknown territory "nowhere"');
  });

  it('rejects a negative or absurd maxKm, naming it', async () => {
    expect(await expectArgumentError(env.app, GAPS, 'maxKm', { l: 'COMMUNE', km: -1 })).toBe('maxKm: must be between 0 and 1000 (got -1)');
    const r = await gql(env.app, '{ coverageGaps(level: COMMUNE, maxKm: 5000) { reachedShare } }');
    expect(r.errors?.[0]?.message).toBe('maxKm: must be between 0 and 1000 (got 5000)');
  });
});

describe('territories that share communes without one holding the other', () => {
  it('are linked by the import (OVERLAPS), and again by the migration on a database that lacks them', async () => {
    const session = env.db.driver.session();
    const pairs = async () =>
      (await session.run('MATCH (x:Territory)-[:OVERLAPS]->(y:Territory) RETURN x.id + "|" + y.id AS p ORDER BY p')).records.map((r) => r.get('p'));
    try {
      // CC Amont holds Kerun, Daou (Zone A) and Tri (Zone B); CC Aval holds Pevar (Zone A) and Pemp (Zone B).
      expect(await pairs()).toEqual(['E_1|Z_A', 'E_1|Z_B', 'E_2|Z_A', 'E_2|Z_B']);
      await session.run('MATCH ()-[r:OVERLAPS]->() DELETE r');
      expect(await pairs()).toEqual([]);
      await migrate(env.db);
      await migrate(env.db);
      expect(await pairs()).toEqual(['E_1|Z_A', 'E_1|Z_B', 'E_2|Z_A', 'E_2|Z_B']);
    } finally {
      await session.close();
    }
  });
});

describe('distances', () => {
  it('Neo4j’s point.distance, scaled to R = 6371 km as the queries do, is the haversine formula of the definition', async () => {
    // Pseudo-random pairs over France and beyond (deterministic).
    let seed = 7;
    const next = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const pairs = Array.from({ length: 300 }, () => [41 + next() * 10, -5 + next() * 14, 41 + next() * 10, -5 + next() * 14]);
    const session = env.db.driver.session();
    try {
      const r = await session.run(
        `UNWIND $pairs AS p
         RETURN point.distance(point({latitude: p[0], longitude: p[1]}), point({latitude: p[2], longitude: p[3]})) / 6378140.0 * 6371.0 AS km`,
        { pairs },
      );
      const km = r.records.map((x) => x.get('km') as number);
      pairs.forEach(([a, b, c, d], i) => {
        const expected = haversineKm(a as number, b as number, c as number, d as number);
        expect(Math.abs((km[i] as number) - expected)).toBeLessThan(1e-9);
        expect(roundKm(km[i] as number)).toBe(roundKm(expected));
      });
    } finally {
      await session.close();
    }
    expect(roundKm(haversineKm(48.0, -4.0, 48.4, -4.0))).toBe(44.5);
  });
});
