// coverageGaps on tests/fixtures/analysis/coverage.json, answers worked out by hand (definitions v2;
// distances and maxKm are tested on where.json, in analysis-where.test.ts).
// This fixture has no coordinates and no outreach: no commune is ever reached (an unknown distance
// never counts), so every (territory, barrier) pair is a gap, however well it is covered;
// actorCount tells how well. FULL coverage as sets of communes (D29 = {Aber, Brest, Carhaix},
// E_SUD = {Brest, Carhaix}, Z_OUEST = {Aber, Brest}):
//   CHILDCARE: Brest — Alpha (D29), Charlie (E_SUD), Echo (P3, P4); Aber — Alpha, Bravo (P1),
//     Charlie (P2 Z_OUEST), Echo; Carhaix — Alpha, Charlie, Echo; Douar — Delta (D22), Echo (P4 R53);
//   TRANSPORT: Aber — Kilo (E_NORD), Lima (P7 inherits Z_OUEST); Brest — Lima; Carhaix — Mike;
//   HOUSING_ACCESS: Brest — Golf. DRIVING_LICENCE is addressed only by P8, which nobody operates.
// BPI_COUNT: Brest-Test 120, Aber 40 (2023; 50 in 2022), Douar 5, Carhaix-Test none (only
// BPI_ARRIVALS); E_NORD 10, E_SUD 0, E_EST none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vocabulary } from '../../server/src/vocabulary.js';
import { gqlOk } from '../helpers/app.js';
import { type AnalysisEnv, analysisFixture, expectArgumentError, loadAnalysisEnv } from './analysis-support.js';

let env: AnalysisEnv;
beforeAll(async () => {
  env = await loadAnalysisEnv(analysisFixture('coverage'));
});
afterAll(async () => {
  await env?.close();
});

interface Gap {
  territory: { id: string };
  barrier: { id: string };
  bpiCount: number | null;
  actorCount: number;
  reachedShare: number;
  explanation: string;
}
const QUERY = `query($l: TerritoryLevel!, $t: ID, $b: [ID!], $d: ID, $n: Int) {
  coverageGaps(level: $l, territoryId: $t, barrierIds: $b, domainId: $d, limit: $n) { territory { id } barrier { id } bpiCount actorCount reachedShare explanation } }`;

async function gaps(level: string, args: { territoryId?: string; barrierIds?: string[]; domainId?: string; limit?: number } = {}) {
  const d = await gqlOk<{ coverageGaps: Gap[] }>(env.app, QUERY, { l: level, t: args.territoryId, b: args.barrierIds, d: args.domainId, n: args.limit });
  return d.coverageGaps;
}
const rows = (list: Gap[]) => list.map((g) => [g.territory.id, g.barrier.id, g.bpiCount, g.actorCount]);
/** Every barrier of the vocabulary, in its order, for one commune, with its FULL actors. */
const all = (territory: string, bpi: number | null, full: Record<string, number>) => vocabulary.barriers.map((b) => [territory, b.id, bpi, full[b.id] ?? 0]);

describe('coverageGaps', () => {
  it('communes × every barrier: without any location nothing is reached; by BPI count (latest year), then name, then barrier', async () => {
    const list = await gaps('COMMUNE');
    expect(rows(list)).toEqual([
      ...all('C_BREST', 120, { CHILDCARE: 3, TRANSPORT: 1, HOUSING_ACCESS: 1 }),
      ...all('C_ABER', 40, { CHILDCARE: 4, TRANSPORT: 2 }),
      ...all('C_DOUAR', 5, { CHILDCARE: 2 }),
      ...all('C_CARHAIX', null, { CHILDCARE: 3, TRANSPORT: 1 }),
    ]);
    expect(list.every((g) => g.reachedShare === 0)).toBe(true);
  });

  it('EPCIs, two barriers: a BPI count of 0 is data and comes before unknown counts; FULL actors as sets of communes', async () => {
    // E_SUD = {Brest, Carhaix}: Lima covers Brest and Mike Carhaix, nobody both: 0 for TRANSPORT.
    expect(rows(await gaps('EPCI', { barrierIds: ['TRANSPORT', 'CHILDCARE'] }))).toEqual([
      ['E_NORD', 'CHILDCARE', 10, 4],
      ['E_NORD', 'TRANSPORT', 10, 2],
      ['E_SUD', 'CHILDCARE', 0, 3],
      ['E_SUD', 'TRANSPORT', 0, 0],
      ['E_EST', 'CHILDCARE', null, 2],
      ['E_EST', 'TRANSPORT', null, 0],
    ]);
  });

  it('filters by domain, by territory, and limits the rows', async () => {
    expect(rows(await gaps('COMMUNE', { domainId: 'MOBILITY' }))).toEqual([
      ['C_BREST', 'TRANSPORT', 120, 1],
      ['C_BREST', 'DRIVING_LICENCE', 120, 0],
      ['C_ABER', 'TRANSPORT', 40, 2],
      ['C_ABER', 'DRIVING_LICENCE', 40, 0],
      ['C_DOUAR', 'TRANSPORT', 5, 0],
      ['C_DOUAR', 'DRIVING_LICENCE', 5, 0],
      ['C_CARHAIX', 'TRANSPORT', null, 1],
      ['C_CARHAIX', 'DRIVING_LICENCE', null, 0],
    ]);
    const south = await gaps('COMMUNE', { territoryId: 'E_SUD' });
    expect([...new Set(south.map((g) => g.territory.id))]).toEqual(['C_BREST', 'C_CARHAIX']);
    expect(south).toHaveLength(2 * vocabulary.barriers.length);
    expect(rows(await gaps('COMMUNE', { limit: 3 }))).toEqual([
      ['C_BREST', 'SHELTER', 120, 0],
      ['C_BREST', 'HOUSING_ACCESS', 120, 1],
      ['C_BREST', 'EMPLOYMENT_ACCESS', 120, 0],
    ]);
  });

  it('higher levels: a department and a region', async () => {
    // No BPI count for either department: by name (Autre Département < Département Test).
    // D29 CHILDCARE: Alpha (D29), Charlie (E_SUD + Z_OUEST = D29), Echo. Barriers in the vocabulary's
    // order, whatever the order asked.
    expect(rows(await gaps('DEPARTMENT', { barrierIds: ['CHILDCARE', 'TRANSPORT', 'HOUSING_ACCESS'] }))).toEqual([
      ['D22', 'HOUSING_ACCESS', null, 0],
      ['D22', 'CHILDCARE', null, 2],
      ['D22', 'TRANSPORT', null, 0],
      ['D29', 'HOUSING_ACCESS', null, 0],
      ['D29', 'CHILDCARE', null, 3],
      ['D29', 'TRANSPORT', null, 0],
    ]);
    // The region: only Echo's P4 covers all four communes; LITERACY comes first in the vocabulary.
    expect(rows(await gaps('REGION', { barrierIds: ['CHILDCARE', 'LITERACY'] }))).toEqual([
      ['R53', 'LITERACY', null, 0],
      ['R53', 'CHILDCARE', null, 1],
    ]);
  });

  it('explains each gap in French', async () => {
    const [first] = await gaps('COMMUNE', { barrierIds: ['DRIVING_LICENCE'] });
    expect(first?.explanation).toBe(
      'Zone blanche sur Brest-Test (commune, 120 BPI) : aucun acteur ne couvre le frein «\u00a0Permis de conduire\u00a0» sur tout Brest-Test ; la commune n’est pas à 20 km au plus d’un lieu d’accueil.',
    );
    const [unknown] = await gaps('EPCI', { barrierIds: ['TRANSPORT'], territoryId: 'E_EST' });
    expect(unknown?.explanation).toBe(
      'Zone blanche sur EPCI Est (intercommunalité, nombre de BPI inconnu) : aucun acteur ne couvre le frein «\u00a0Transport et déplacements\u00a0» sur tout EPCI Est ; la commune n’est pas à 20 km au plus d’un lieu d’accueil.',
    );
    const [south] = await gaps('EPCI', { barrierIds: ['CHILDCARE'], territoryId: 'E_SUD' });
    expect(south?.explanation).toBe(
      "EPCI Sud (intercommunalité, 0 BPI) : 3 acteurs couvrent le frein «\u00a0Garde d'enfants\u00a0» sur tout EPCI Sud ; aucune commune n’est à 20 km au plus d’un lieu d’accueil.",
    );
  });

  it('agrees with barrierCoverage: actorCount is the number of FULL actors', async () => {
    const full = async (barrierId: string, territoryId: string) => {
      const d = await gqlOk<{ barrierCoverage: { actors: { scope: string }[] } }>(
        env.app,
        'query($b: ID!, $t: ID) { barrierCoverage(barrierId: $b, territoryId: $t) { actors { scope } } }',
        { b: barrierId, t: territoryId },
      );
      return d.barrierCoverage.actors.filter((a) => a.scope === 'FULL').length;
    };
    for (const g of await gaps('EPCI', { barrierIds: ['TRANSPORT', 'CHILDCARE', 'HOUSING_ACCESS', 'DRIVING_LICENCE'] })) {
      expect(await full(g.barrier.id, g.territory.id), `${g.territory.id} ${g.barrier.id}`).toBe(g.actorCount);
    }
  });

  it('loads the whole territory when more than id, name and level is asked', async () => {
    const d = await gqlOk<{ coverageGaps: { territory: Record<string, unknown> }[] }>(
      env.app,
      '{ coverageGaps(level: COMMUNE, limit: 1) { territory { id name level population parents { id } } } }',
    );
    expect(d.coverageGaps[0]?.territory).toEqual({
      id: 'C_BREST',
      name: 'Brest-Test',
      level: 'COMMUNE',
      population: 140000,
      parents: [{ id: 'E_SUD' }, { id: 'Z_OUEST' }],
    });
  });

  it('rejects wrong arguments, naming them', async () => {
    expect(await expectArgumentError(env.app, QUERY, 'territoryId', { l: 'COMMUNE', t: 'nowhere' })).toBe('territoryId: unknown territory "nowhere"');
    expect(await expectArgumentError(env.app, QUERY, 'barrierIds[1]', { l: 'COMMUNE', b: ['TRANSPORT', 'NOPE'] })).toBe(
      'barrierIds[1]: unknown barrier "NOPE"',
    );
    expect(await expectArgumentError(env.app, QUERY, 'domainId', { l: 'COMMUNE', d: 'NOPE' })).toBe('domainId: unknown domain "NOPE"');
    expect(await expectArgumentError(env.app, QUERY, 'limit', { l: 'COMMUNE', n: 0 })).toBe('limit: must be between 1 and 100000 (got 0)');
  });
});
