// coverageGaps on tests/fixtures/analysis/coverage.json, answers worked out by hand.
// FULL coverage by commune (a scope territory containing the commune):
//   CHILDCARE everywhere (Echo via P4 in the region R53);
//   TRANSPORT in Aber (Kilo, E_NORD; Lima via P7, which inherits Z_OUEST), Brest-Test (Lima), Carhaix-Test (Mike);
//   HOUSING_ACCESS in Brest-Test (Golf).
// DRIVING_LICENCE is addressed only by P8, which nobody operates: a gap everywhere.
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
  explanation: string;
}
const QUERY = `query($l: TerritoryLevel!, $t: ID, $b: [ID!], $d: ID, $n: Int) {
  coverageGaps(level: $l, territoryId: $t, barrierIds: $b, domainId: $d, limit: $n) { territory { id } barrier { id } bpiCount explanation } }`;

async function gaps(level: string, args: { territoryId?: string; barrierIds?: string[]; domainId?: string; limit?: number } = {}) {
  const d = await gqlOk<{ coverageGaps: Gap[] }>(env.app, QUERY, { l: level, t: args.territoryId, b: args.barrierIds, d: args.domainId, n: args.limit });
  return d.coverageGaps;
}
const rows = (list: Gap[]) => list.map((g) => [g.territory.id, g.barrier.id, g.bpiCount]);
/** The vocabulary's barriers but `covered`, for one territory, in the vocabulary's order. */
const uncovered = (territory: string, bpi: number | null, covered: string[]) =>
  vocabulary.barriers.filter((b) => !covered.includes(b.id)).map((b) => [territory, b.id, bpi]);

describe('coverageGaps', () => {
  it('communes × every barrier: the uncovered pairs, by BPI count (latest year) then name', async () => {
    const list = await gaps('COMMUNE');
    expect(rows(list)).toEqual([
      ...uncovered('C_BREST', 120, ['CHILDCARE', 'HOUSING_ACCESS', 'TRANSPORT']),
      ...uncovered('C_ABER', 40, ['CHILDCARE', 'TRANSPORT']),
      ...uncovered('C_DOUAR', 5, ['CHILDCARE']),
      ...uncovered('C_CARHAIX', null, ['CHILDCARE', 'TRANSPORT']),
    ]);
    expect(list).toHaveLength(14 + 15 + 16 + 15);
  });

  it('EPCIs, two barriers: a BPI count of 0 is data and comes before unknown counts; PARTIAL coverage leaves a gap', async () => {
    // E_NORD: Kilo covers TRANSPORT. E_SUD: Mike's Carhaix-Test lies within it (PARTIAL) and
    // Lima's Z_OUEST overlaps it without containing it. E_EST: nobody.
    expect(rows(await gaps('EPCI', { barrierIds: ['TRANSPORT', 'CHILDCARE'] }))).toEqual([
      ['E_SUD', 'TRANSPORT', 0],
      ['E_EST', 'TRANSPORT', null],
    ]);
  });

  it('filters by domain, by territory, and limits the rows', async () => {
    expect(rows(await gaps('COMMUNE', { domainId: 'MOBILITY' }))).toEqual([
      ['C_BREST', 'DRIVING_LICENCE', 120],
      ['C_ABER', 'DRIVING_LICENCE', 40],
      ['C_DOUAR', 'TRANSPORT', 5],
      ['C_DOUAR', 'DRIVING_LICENCE', 5],
      ['C_CARHAIX', 'DRIVING_LICENCE', null],
    ]);
    const south = await gaps('COMMUNE', { territoryId: 'E_SUD' });
    expect([...new Set(south.map((g) => g.territory.id))]).toEqual(['C_BREST', 'C_CARHAIX']);
    expect(south).toHaveLength(14 + 15);
    expect(rows(await gaps('COMMUNE', { limit: 3 }))).toEqual([
      ['C_BREST', 'SHELTER', 120],
      ['C_BREST', 'EMPLOYMENT_ACCESS', 120],
      ['C_BREST', 'VOCATIONAL_TRAINING', 120],
    ]);
  });

  it('higher levels: a department and a region', async () => {
    // D29: only CHILDCARE is covered in full (Alpha, Echo's P3 and P4); D22: CHILDCARE (Delta, P4).
    // Barriers come in the vocabulary's order, whatever the order asked.
    const departments = await gaps('DEPARTMENT', { barrierIds: ['CHILDCARE', 'TRANSPORT', 'HOUSING_ACCESS'] });
    expect(rows(departments)).toEqual([
      ['D22', 'HOUSING_ACCESS', null],
      ['D22', 'TRANSPORT', null],
      ['D29', 'HOUSING_ACCESS', null],
      ['D29', 'TRANSPORT', null],
    ]);
    expect(rows(await gaps('REGION', { barrierIds: ['CHILDCARE', 'LITERACY'] }))).toEqual([['R53', 'LITERACY', null]]);
  });

  it('explains each gap in French', async () => {
    const [first] = await gaps('COMMUNE', { barrierIds: ['DRIVING_LICENCE'] });
    expect(first?.explanation).toBe('Aucun acteur ne couvre totalement le frein «\u00a0Permis de conduire\u00a0» sur Brest-Test (commune, 120 BPI).');
    const [unknown] = await gaps('EPCI', { barrierIds: ['TRANSPORT'], territoryId: 'E_EST' });
    expect(unknown?.explanation).toBe(
      'Aucun acteur ne couvre totalement le frein «\u00a0Transport et déplacements\u00a0» sur EPCI Est (intercommunalité, nombre de BPI inconnu).',
    );
  });

  it('agrees with barrierCoverage: a gap has no FULL actor, a covered pair has one', async () => {
    const check = async (barrierId: string, territoryId: string) => {
      const d = await gqlOk<{ barrierCoverage: { actors: { scope: string }[] } }>(
        env.app,
        'query($b: ID!, $t: ID) { barrierCoverage(barrierId: $b, territoryId: $t) { actors { scope } } }',
        { b: barrierId, t: territoryId },
      );
      return d.barrierCoverage.actors.filter((a) => a.scope === 'FULL').length;
    };
    expect(await check('TRANSPORT', 'E_SUD')).toBe(0);
    expect(await check('TRANSPORT', 'E_NORD')).toBe(1);
    expect(await check('TRANSPORT', 'C_BREST')).toBe(1);
    expect(await check('DRIVING_LICENCE', 'C_ABER')).toBe(0);
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
