// programmeOverlaps on tests/fixtures/analysis/overlaps.json, answers worked out by hand.
// Programmes (barriers H = HOUSING_ACCESS, E = EMPLOYMENT_ACCESS, F = FRENCH_LANGUAGE; publics; scope):
//   Atelier {H,E} BPI D29          Boussole {H,E,F} BPI_IN_DNA E_NORD    Cap {H} BPI_OUTSIDE_DNA E_NORD
//   Droit commun {H,E} GENERAL_PUBLIC, no territory: inherits its operator's Aber (not its funder's Brest-Test)
//   Escale {H,E} GENERAL_PUBLIC+BPI Brest-Test   Fenêtre {H,E} GENERAL_PUBLIC D22   Grand {H,E} GENERAL_PUBLIC R53
//   Hors-sol {H} BPI, no territory and no operator   Info {} BPI D29   Jonction {F} BPI Aber+Brest-Test
// Territories: R53 ⊃ D29, D22; D29 ⊃ E_NORD ⊃ Aber; D29 ⊃ E_SUD ⊃ Brest-Test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, gqlOk } from '../helpers/app.js';
import { type AnalysisEnv, analysisFixture, expectArgumentError, loadAnalysisEnv } from './analysis-support.js';

let env: AnalysisEnv;
beforeAll(async () => {
  env = await loadAnalysisEnv(analysisFixture('overlaps'));
});
afterAll(async () => {
  await env?.close();
});

interface Overlap {
  a: { id: string };
  b: { id: string };
  score: number;
  jaccard: number;
  publicFactor: number;
  sharedBarriers: { id: string }[];
  sharedTerritories: { id: string }[];
  sharedPublics: { id: string }[];
  explanation: string;
}
const QUERY = `query($m: Float, $t: ID, $p: ID, $n: Int) {
  programmeOverlaps(minScore: $m, territoryId: $t, programmeId: $p, limit: $n) {
    a { id } b { id } score jaccard publicFactor sharedBarriers { id } sharedTerritories { id } sharedPublics { id } explanation } }`;

async function overlaps(args: { minScore?: number; territoryId?: string; programmeId?: string; limit?: number } = {}) {
  const d = await gqlOk<{ programmeOverlaps: Overlap[] }>(env.app, QUERY, { m: args.minScore, t: args.territoryId, p: args.programmeId, n: args.limit });
  return d.programmeOverlaps;
}
const pairs = (list: Overlap[]) => list.map((o) => [o.a.id, o.b.id, Number(o.score.toFixed(4))]);
const ids = (list: { id: string }[]) => list.map((x) => x.id);

const DEFAULT = [
  ['atelier', 'escale', 1],
  ['droit', 'grand', 1],
  ['escale', 'grand', 1],
  ['fenetre', 'grand', 1],
  ['atelier', 'boussole', 0.6667],
  ['atelier', 'cap', 0.5],
  ['atelier', 'droit', 0.5],
  ['atelier', 'grand', 0.5],
  ['boussole', 'droit', 0.3333],
  ['boussole', 'grand', 0.3333],
  ['boussole', 'jonction', 0.3333],
];

describe('programmeOverlaps', () => {
  it('lists each pair once with score ≥ 0.3 by default, highest first, then by names', async () => {
    const list = await overlaps();
    expect(pairs(list)).toEqual(DEFAULT);
    const keys = list.map((o) => [o.a.id, o.b.id].sort().join('|'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('Jaccard × territory × public, with what is shared', async () => {
    const byPair = new Map((await overlaps({ minScore: 0 })).map((o) => [`${o.a.id}|${o.b.id}`, o]));
    const ab = byPair.get('atelier|boussole');
    expect(ab?.jaccard).toBeCloseTo(2 / 3, 10);
    expect(ab?.publicFactor).toBe(1); // BPI shares with BPI_IN_DNA
    expect(ids(ab?.sharedBarriers ?? [])).toEqual(['HOUSING_ACCESS', 'EMPLOYMENT_ACCESS']);
    expect(ids(ab?.sharedTerritories ?? [])).toEqual(['E_NORD']); // E_NORD lies within D29
    expect(ids(ab?.sharedPublics ?? [])).toEqual(['BPI', 'BPI_IN_DNA']);
    const ac = byPair.get('atelier|cap');
    expect([ac?.jaccard, ac?.publicFactor]).toEqual([0.5, 1]); // BPI shares with BPI_OUTSIDE_DNA
    expect(ids(ac?.sharedPublics ?? [])).toEqual(['BPI', 'BPI_OUTSIDE_DNA']);
    const ad = byPair.get('atelier|droit');
    expect([ad?.jaccard, ad?.publicFactor, ad?.score]).toEqual([1, 0.5, 0.5]); // only Droit commun targets GENERAL_PUBLIC
    expect(ids(ad?.sharedPublics ?? [])).toEqual([]);
    expect(ids(ad?.sharedTerritories ?? [])).toEqual(['C_ABER']); // inherited from its operator
    const ae = byPair.get('atelier|escale');
    expect([ae?.publicFactor, ids(ae?.sharedPublics ?? [])]).toEqual([1, ['BPI']]); // a shared public wins over GENERAL_PUBLIC
    const dg = byPair.get('droit|grand');
    expect(ids(dg?.sharedPublics ?? [])).toEqual(['GENERAL_PUBLIC']); // both GENERAL_PUBLIC: shared
    expect(ids(byPair.get('boussole|jonction')?.sharedTerritories ?? [])).toEqual(['C_ABER']); // Brest-Test is not in E_NORD
    expect(ids(byPair.get('boussole|jonction')?.sharedPublics ?? [])).toEqual(['BPI', 'BPI_IN_DNA']); // in the vocabulary's order
  });

  it('scores of zero are never listed, whatever minScore', async () => {
    const keys = (await overlaps({ minScore: 0 })).map((o) => `${o.a.id}|${o.b.id}`);
    expect(keys).toHaveLength(DEFAULT.length + 2); // + cap|droit and cap|grand at 0.25
    expect(keys).toContain('cap|droit');
    expect(keys).toContain('cap|grand');
    expect(keys).not.toContain('boussole|cap'); // BPI_IN_DNA and BPI_OUTSIDE_DNA are not shared; no GENERAL_PUBLIC
    expect(keys).not.toContain('droit|escale'); // Aber (inherited) and Brest-Test: neither contains the other
    expect(keys).not.toContain('atelier|fenetre'); // D29 and D22
    expect(keys.some((k) => k.includes('horssol'))).toBe(false); // no scope at all
    expect(keys.some((k) => k.includes('info'))).toBe(false); // no barriers: J = 0
  });

  it('minScore is inclusive; 1 keeps only exact overlaps', async () => {
    expect(pairs(await overlaps({ minScore: 0.25 }))).toHaveLength(DEFAULT.length + 2);
    expect(pairs(await overlaps({ minScore: 0.5 }))).toEqual(DEFAULT.slice(0, 8));
    expect(pairs(await overlaps({ minScore: 1 }))).toEqual(DEFAULT.slice(0, 4));
  });

  it('filters by territory, by programme, and limits', async () => {
    // Shared territory containing Brest-Test or within it: Atelier–Escale, Escale–Grand (Brest-Test), Atelier–Grand (D29).
    expect(pairs(await overlaps({ territoryId: 'C_BREST' }))).toEqual([
      ['atelier', 'escale', 1],
      ['escale', 'grand', 1],
      ['atelier', 'grand', 0.5],
    ]);
    expect(pairs(await overlaps({ programmeId: 'droit' }))).toEqual([
      ['droit', 'grand', 1],
      ['atelier', 'droit', 0.5],
      ['boussole', 'droit', 0.3333],
    ]);
    expect(pairs(await overlaps({ limit: 2 }))).toEqual(DEFAULT.slice(0, 2));
  });

  it('explains each pair in French', async () => {
    const byPair = new Map((await overlaps()).map((o) => [`${o.a.id}|${o.b.id}`, o.explanation]));
    expect(byPair.get('atelier|boussole')).toBe(
      "«\u00a0Atelier\u00a0» et «\u00a0Boussole\u00a0» se recouvrent (score 0,67) : 2 freins communs sur 3 (Accès au logement pérenne et Accès à l'emploi, métiers en tension) ; territoire commun : EPCI Nord ; publics communs : Bénéficiaires de la protection internationale (réfugiés et protection subsidiaire) et BPI hébergés dans le dispositif national d'accueil.",
    );
    expect(byPair.get('atelier|droit')).toBe(
      "«\u00a0Atelier\u00a0» et «\u00a0Droit commun\u00a0» se recouvrent (score 0,5) : 2 freins communs sur 2 (Accès au logement pérenne et Accès à l'emploi, métiers en tension) ; territoire commun : Aber ; l’un des deux seulement s’adresse à tout public (facteur 0,5).",
    );
  });

  it('loads the whole programmes and territories when more than ids and names are asked', async () => {
    const d = await gqlOk<{ programmeOverlaps: { a: Record<string, unknown>; b: { name: string }; sharedTerritories: Record<string, unknown>[] }[] }>(
      env.app,
      `{ programmeOverlaps(programmeId: "droit", minScore: 1) {
          a { id name kind publics { id } operators { id } } b { ...P } sharedTerritories { id level population parents { id } } } }
        fragment P on Programme { name kind }`,
    );
    expect(d.programmeOverlaps).toEqual([
      {
        a: { id: 'droit', name: 'Droit commun', kind: 'COMMON_LAW', publics: [{ id: 'GENERAL_PUBLIC' }], operators: [{ id: 'x1' }] },
        b: { name: 'Grand', kind: 'COMMON_LAW' },
        sharedTerritories: [{ id: 'C_ABER', level: 'COMMUNE', population: null, parents: [{ id: 'E_NORD' }] }],
      },
    ]);
  });

  it('rejects wrong arguments, naming them', async () => {
    expect(await expectArgumentError(env.app, QUERY, 'minScore', { m: 1.5 })).toBe('minScore: must be between 0 and 1 (got 1.5)');
    expect(await expectArgumentError(env.app, QUERY, 'minScore', { m: -0.1 })).toBe('minScore: must be between 0 and 1 (got -0.1)');
    expect(await expectArgumentError(env.app, QUERY, 'territoryId', { t: 'nowhere' })).toBe('territoryId: unknown territory "nowhere"');
    expect(await expectArgumentError(env.app, QUERY, 'programmeId', { p: 'nothing' })).toBe('programmeId: unknown programme "nothing"');
    expect(await expectArgumentError(env.app, QUERY, 'limit', { n: -1 })).toBe('limit: must be between 1 and 100000 (got -1)');
  });

  it('cirArticulation says clearly when the cartography has no CIR', async () => {
    const r = await gql(env.app, '{ cirArticulation { cir { id } } }');
    expect(r.data).toBeNull();
    expect(r.errors?.[0]?.message).toMatch(/no programme with id "CIR"/);
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
