// barrierCoverage on tests/fixtures/analysis/coverage.json, answers worked out by hand (definitions
// v2: territories compared as sets of communes; see analysis-where.test.ts for distances).
// Territories: R53 ⊃ D29, D22; D29 ⊃ E_NORD, E_SUD, Z_OUEST; Aber ⊂ E_NORD and Z_OUEST (two
// parents), Brest-Test ⊂ E_SUD and Z_OUEST, Carhaix-Test ⊂ E_SUD; Douar ⊂ E_EST ⊂ D22.
// As sets of communes: D29 = {Aber, Brest, Carhaix}, E_NORD = {Aber}, E_SUD = {Brest, Carhaix},
// Z_OUEST = {Aber, Brest}, D22 = {Douar}, R53 = all four. Populations 1 200, 140 000, 7 000, 900.
// CHILDCARE is lifted by: Alpha (directly, D29; and via P6, Brest-Test), Bravo (via P1, which has
// no territory and inherits Bravo's Aber), Charlie (directly, E_SUD; via P2, Z_OUEST), Delta
// (directly, D22), Echo (via P3, D29, and P4, R53), Foxtrot (directly, no territory), Hotel (via
// P5; neither has a territory). Kilo only funds P3 and Golf only prescribes P4: not covering.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlOk } from '../helpers/app.js';
import { type AnalysisEnv, analysisFixture, expectArgumentError, loadAnalysisEnv } from './analysis-support.js';

let env: AnalysisEnv;
beforeAll(async () => {
  env = await loadAnalysisEnv(analysisFixture('coverage'));
});
afterAll(async () => {
  await env?.close();
});

interface Entry {
  actor: { id: string };
  scope: 'FULL' | 'PARTIAL';
  share: number;
  populationShare: number | null;
  direct: boolean;
  via: { id: string }[];
  territories: { id: string }[];
  explanation: string;
}
const QUERY = `query($b: ID!, $t: ID, $k: [ActorKind!]) {
  barrierCoverage(barrierId: $b, territoryId: $t, actorKinds: $k) {
    barrier { id } territory { id } explanation definition
    actors { actor { id } scope share populationShare direct via { id } territories { id } explanation }
  } }`;

async function coverage(barrierId: string, territoryId: string | null = null, actorKinds: string[] | null = null) {
  const d = await gqlOk<{
    barrierCoverage: { barrier: { id: string }; territory: { id: string } | null; explanation: string; definition: string; actors: Entry[] };
  }>(env.app, QUERY, { b: barrierId, t: territoryId, k: actorKinds });
  return d.barrierCoverage;
}
/** [actor, scope, direct, via…] per entry, in order, and the territories that give the scope. */
const summary = (entries: Entry[]) => entries.map((e) => [e.actor.id, e.scope, e.direct, e.via.map((p) => p.id).join('+')]);
const territories = (entries: Entry[]) => Object.fromEntries(entries.map((e) => [e.actor.id, e.territories.map((t) => t.id)]));

describe('barrierCoverage', () => {
  it('without a territory: every covering actor is FULL, with all its programmes, by name', async () => {
    const c = await coverage('CHILDCARE');
    expect(c.territory).toBeNull();
    expect(summary(c.actors)).toEqual([
      ['alpha', 'FULL', true, 'p6'],
      ['bravo', 'FULL', false, 'p1'],
      ['charlie', 'FULL', true, 'p2'],
      ['delta', 'FULL', true, ''],
      ['echo', 'FULL', false, 'p3+p4'],
      ['foxtrot', 'FULL', true, ''],
      ['hotel', 'FULL', false, 'p5'],
    ]);
    expect(territories(c.actors)).toEqual({
      alpha: ['C_BREST', 'D29'],
      bravo: ['C_ABER'],
      charlie: ['E_SUD', 'Z_OUEST'],
      delta: ['D22'],
      echo: ['D29', 'R53'],
      foxtrot: [],
      hotel: [],
    });
    expect(c.explanation).toBe("7 acteurs couvrent le frein «\u00a0Garde d'enfants\u00a0».");
  });

  it('a commune with two parents: FULL through its EPCI or its employment area, programmes inherit their operator’s territory', async () => {
    const c = await coverage('CHILDCARE', 'C_ABER');
    expect(c.territory?.id).toBe('C_ABER');
    // Alpha: D29 contains Aber (P6 in Brest-Test does not count); Bravo: P1 inherits Aber;
    // Charlie: E_SUD does not contain Aber but P2's Z_OUEST does; Echo: P3 (D29) and P4 (R53).
    expect(summary(c.actors)).toEqual([
      ['alpha', 'FULL', true, ''],
      ['bravo', 'FULL', false, 'p1'],
      ['charlie', 'FULL', false, 'p2'],
      ['echo', 'FULL', false, 'p3+p4'],
    ]);
    expect(territories(c.actors)).toEqual({ alpha: ['D29'], bravo: ['C_ABER'], charlie: ['Z_OUEST'], echo: ['D29', 'R53'] });
  });

  it('a department: the union of an actor’s scopes counts; via lists every programme whose scope overlaps it', async () => {
    const c = await coverage('CHILDCARE', 'D29');
    // Alpha: direct D29, and P6 (Brest-Test) overlaps D29 too. Charlie: E_SUD {Brest, Carhaix} +
    // P2 Z_OUEST {Aber, Brest} = D29: FULL though neither contains it (v1: PARTIAL). Bravo: Aber, 1 of 3.
    expect(summary(c.actors)).toEqual([
      ['alpha', 'FULL', true, 'p6'],
      ['charlie', 'FULL', true, 'p2'],
      ['echo', 'FULL', false, 'p3+p4'],
      ['bravo', 'PARTIAL', false, 'p1'],
    ]);
    expect(c.actors.map((e) => [e.actor.id, Number(e.share.toFixed(4)), Number(e.populationShare?.toFixed(4))])).toEqual([
      ['alpha', 1, 1],
      ['charlie', 1, 1],
      ['echo', 1, 1],
      ['bravo', 0.3333, 0.0081], // 1 200 of 148 200 inhabitants
    ]);
    expect(territories(c.actors)).toEqual({ alpha: ['C_BREST', 'D29'], charlie: ['E_SUD', 'Z_OUEST'], echo: ['D29', 'R53'], bravo: ['C_ABER'] });
    expect(c.explanation).toBe("3 acteurs couvrent le frein «\u00a0Garde d'enfants\u00a0» sur tout Département Test ; 1 acteur sur une partie seulement.");
  });

  it('an EPCI: an employment area that holds its communes counts (v1 ignored it)', async () => {
    // E_NORD = {Aber}: Bravo's P1 (Aber) and Charlie's P2 (Z_OUEST, which holds Aber) cover all of it.
    const c = await coverage('CHILDCARE', 'E_NORD');
    expect(summary(c.actors)).toEqual([
      ['alpha', 'FULL', true, ''],
      ['bravo', 'FULL', false, 'p1'],
      ['charlie', 'FULL', false, 'p2'],
      ['echo', 'FULL', false, 'p3+p4'],
    ]);
  });

  it('direct and programme coverage both FULL: direct is true and via lists the programme', async () => {
    const c = await coverage('CHILDCARE', 'C_BREST');
    expect(summary(c.actors)).toEqual([
      ['alpha', 'FULL', true, 'p6'],
      ['charlie', 'FULL', true, 'p2'],
      ['echo', 'FULL', false, 'p3+p4'],
    ]);
  });

  it('the region: FULL first, then by share (highest first), then by name', async () => {
    // R53 = 4 communes: Echo's P4 covers all; Alpha (D29 + Brest) and Charlie (E_SUD + Z_OUEST) 3 of 4;
    // Bravo (Aber) and Delta (D22 = Douar) 1 of 4.
    const c = await coverage('CHILDCARE', 'R53');
    expect(summary(c.actors)).toEqual([
      ['echo', 'FULL', false, 'p3+p4'],
      ['alpha', 'PARTIAL', true, 'p6'],
      ['charlie', 'PARTIAL', true, 'p2'],
      ['bravo', 'PARTIAL', false, 'p1'],
      ['delta', 'PARTIAL', true, ''],
    ]);
    expect(c.actors.map((e) => e.share)).toEqual([1, 0.75, 0.75, 0.25, 0.25]);
    expect(territories(c.actors).alpha).toEqual(['C_BREST', 'D29']);
  });

  it('funding or prescribing a programme is not covering; nor is an actor without territory when a territory is asked', async () => {
    const all = (await coverage('CHILDCARE')).actors.map((e) => e.actor.id);
    expect(all).not.toContain('kilo');
    expect(all).not.toContain('golf');
    for (const t of ['C_ABER', 'D29', 'R53']) {
      const ids = (await coverage('CHILDCARE', t)).actors.map((e) => e.actor.id);
      expect(ids).not.toContain('foxtrot');
      expect(ids).not.toContain('hotel');
    }
  });

  it('a barrier nobody lifts, and the actor-kind filter', async () => {
    const none = await coverage('LITERACY', 'C_ABER');
    expect(none.actors).toEqual([]);
    expect(none.explanation).toBe(
      'Aucun acteur ne couvre le frein «\u00a0Alphabétisation, faible scolarisation antérieure\u00a0» sur Aber, ni en tout ni en partie.',
    );
    const assos = await coverage('CHILDCARE', null, ['ASSOCIATION']);
    expect(assos.actors.map((e) => e.actor.id)).toEqual(['alpha', 'delta']);
    const transport = await coverage('TRANSPORT', 'C_ABER');
    expect(summary(transport.actors)).toEqual([
      ['kilo', 'FULL', true, ''],
      ['lima', 'FULL', false, 'p7'],
    ]);
  });

  it('gives the contact details of each actor and a French sentence per entry', async () => {
    const d = await gqlOk<{ barrierCoverage: { actors: { actor: Record<string, unknown>; explanation: string }[] } }>(
      env.app,
      `{ barrierCoverage(barrierId: "CHILDCARE", territoryId: "C_ABER") {
          actors { explanation actor { id name email phone address website commune { id name } } } } }`,
    );
    const [alpha, bravo, charlie, echo] = d.barrierCoverage.actors;
    expect(alpha?.actor).toEqual({
      id: 'alpha',
      name: 'Alpha',
      email: 'contact@alpha.example.org',
      phone: '02 98 00 00 01',
      address: '1 rue de la Paix',
      website: 'https://alpha.example.org',
      commune: { id: 'C_ABER', name: 'Aber' },
    });
    // The fixture has no coordinates: distances are unknown (see analysis-where.test.ts).
    expect(alpha?.explanation).toBe(
      "Alpha couvre le frein «\u00a0Garde d'enfants\u00a0» directement sur tout Aber ; distance inconnue (aucun lieu d’accueil localisé).",
    );
    expect(bravo?.explanation).toBe(
      "Bravo couvre le frein «\u00a0Garde d'enfants\u00a0» via le dispositif «\u00a0P1 Crèche\u00a0» sur tout Aber ; distance inconnue (aucun lieu d’accueil localisé).",
    );
    expect(charlie?.actor.commune).toBeNull();
    expect(echo?.explanation).toBe(
      "Echo couvre le frein «\u00a0Garde d'enfants\u00a0» via les dispositifs «\u00a0P3 Petite enfance\u00a0» et «\u00a0P4 Relais\u00a0» sur tout Aber ; distance inconnue (aucun lieu d’accueil localisé).",
    );
    const department = await coverage('CHILDCARE', 'D29');
    expect(department.actors.find((e) => e.actor.id === 'charlie')?.explanation).toBe(
      "Charlie couvre le frein «\u00a0Garde d'enfants\u00a0» directement et via le dispositif «\u00a0P2 Garde\u00a0» sur tout Département Test (3 communes sur 3).",
    );
    expect(department.actors.find((e) => e.actor.id === 'bravo')?.explanation).toBe(
      "Bravo couvre le frein «\u00a0Garde d'enfants\u00a0» via le dispositif «\u00a0P1 Crèche\u00a0» sur une partie de Département Test : 1 commune sur 3, 1\u00a0% de la population.",
    );
    const anywhere = await coverage('CHILDCARE');
    expect(anywhere.actors.find((e) => e.actor.id === 'foxtrot')?.explanation).toBe(
      "Foxtrot couvre le frein «\u00a0Garde d'enfants\u00a0» directement (aucun territoire d’intervention renseigné).",
    );
    expect(anywhere.definition).toMatch(/^Pour un frein B/);
    expect(anywhere.definition).toContain('« 3 communes sur 7 »');
  });

  it('serves the definitions of the five analyses, in French and in English, to show beside the results', async () => {
    const d = await gqlOk<{
      analysisDefinitions: { analysis: string; query: string; version: string; title: string; definition: string; definitionEn: string }[];
    }>(env.app, '{ analysisDefinitions { analysis query version title definition definitionEn } }');
    expect(d.analysisDefinitions.map((x) => [x.analysis, x.query, x.version])).toEqual([
      ['BARRIER_COVERAGE', 'barrierCoverage', 'v2'],
      ['PROGRAMME_OVERLAPS', 'programmeOverlaps', 'v2'],
      ['INFORMATION_GAPS', 'informationGaps', 'v2'],
      ['CIR_ARTICULATION', 'cirArticulation', 'v2'],
      ['COVERAGE_GAPS', 'coverageGaps', 'v2'],
    ]);
    const byId = Object.fromEntries(d.analysisDefinitions.map((x) => [x.analysis, x]));
    expect(byId.PROGRAMME_OVERLAPS?.definition).toContain('0,5 quand un seul des deux s’adresse à tout public');
    expect(byId.PROGRAMME_OVERLAPS?.definitionEn).toContain('BPI counts as sharing with BPI_IN_DNA and BPI_OUTSIDE_DNA');
    expect(byId.CIR_ARTICULATION?.definition).toContain('(2 par défaut, 6 au plus)');
    expect(byId.BARRIER_COVERAGE?.title).toBe('Couverture d’un frein');
    expect(byId.BARRIER_COVERAGE?.definition).toContain('« à 12,4 km », « intervient à domicile / à distance »');
    expect(byId.BARRIER_COVERAGE?.definitionEn).toContain('haversine, R = 6371 km');
    expect(byId.INFORMATION_GAPS?.definition).toContain('plus de 20 acteurs');
    expect(byId.PROGRAMME_OVERLAPS?.definition).toContain('date de fin est passée');
    const one = await gqlOk<{ analysisDefinition: { definition: string } }>(env.app, '{ analysisDefinition(analysis: COVERAGE_GAPS) { definition } }');
    expect(one.analysisDefinition.definition).toMatch(/^Pour chaque territoire T du niveau choisi/);
    expect(one.analysisDefinition.definition).toContain('(20 km par défaut)');
  });

  it('rejects an unknown barrier or territory, naming the argument', async () => {
    expect(await expectArgumentError(env.app, QUERY, 'barrierId', { b: 'NOPE' })).toBe('barrierId: unknown barrier "NOPE"');
    expect(await expectArgumentError(env.app, QUERY, 'territoryId', { b: 'CHILDCARE', t: 'nowhere' })).toBe('territoryId: unknown territory "nowhere"');
  });
});
