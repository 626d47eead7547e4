// barrierCoverage on tests/fixtures/analysis/coverage.json, answers worked out by hand.
// Territories: R53 ⊃ D29, D22; D29 ⊃ E_NORD, E_SUD, Z_OUEST; Aber ⊂ E_NORD and Z_OUEST (two
// parents), Brest-Test ⊂ E_SUD and Z_OUEST, Carhaix-Test ⊂ E_SUD; Douar ⊂ E_EST ⊂ D22.
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
  direct: boolean;
  via: { id: string }[];
  territories: { id: string }[];
  explanation: string;
}
const QUERY = `query($b: ID!, $t: ID, $k: [ActorKind!]) {
  barrierCoverage(barrierId: $b, territoryId: $t, actorKinds: $k) {
    barrier { id } territory { id } explanation definition
    actors { actor { id } scope direct via { id } territories { id } explanation }
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

  it('a department: FULL first, then PARTIAL for scopes within it; the other department is not listed', async () => {
    const c = await coverage('CHILDCARE', 'D29');
    expect(summary(c.actors)).toEqual([
      ['alpha', 'FULL', true, ''], // direct D29 is FULL; P6 (Brest-Test) only PARTIAL, so not in via
      ['echo', 'FULL', false, 'p3+p4'],
      ['bravo', 'PARTIAL', false, 'p1'],
      ['charlie', 'PARTIAL', true, 'p2'],
    ]);
    expect(territories(c.actors)).toEqual({ alpha: ['D29'], echo: ['D29', 'R53'], bravo: ['C_ABER'], charlie: ['E_SUD', 'Z_OUEST'] });
    expect(c.explanation).toBe("2 acteurs couvrent le frein «\u00a0Garde d'enfants\u00a0» sur tout Département Test ; 2 acteurs sur une partie seulement.");
  });

  it('an EPCI: an employment area that overlaps it without containing it or lying within it gives nothing', async () => {
    const c = await coverage('CHILDCARE', 'E_NORD');
    expect(summary(c.actors)).toEqual([
      ['alpha', 'FULL', true, ''],
      ['echo', 'FULL', false, 'p3+p4'],
      ['bravo', 'PARTIAL', false, 'p1'],
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

  it('the region: via lists only the programmes that reach the best scope', async () => {
    const c = await coverage('CHILDCARE', 'R53');
    expect(summary(c.actors)).toEqual([
      ['echo', 'FULL', false, 'p4'], // P4 (R53) is FULL, P3 (D29) only PARTIAL
      ['alpha', 'PARTIAL', true, 'p6'],
      ['bravo', 'PARTIAL', false, 'p1'],
      ['charlie', 'PARTIAL', true, 'p2'],
      ['delta', 'PARTIAL', true, ''],
    ]);
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
    expect(alpha?.explanation).toBe(
      "Alpha couvre le frein «\u00a0Garde d'enfants\u00a0» directement sur tout le territoire demandé (Aber), compris dans son périmètre : Département Test.",
    );
    expect(bravo?.explanation).toBe(
      "Bravo couvre le frein «\u00a0Garde d'enfants\u00a0» via le dispositif «\u00a0P1 Crèche\u00a0» sur tout le territoire demandé (Aber).",
    );
    expect(charlie?.actor.commune).toBeNull();
    expect(echo?.explanation).toBe(
      "Echo couvre le frein «\u00a0Garde d'enfants\u00a0» via les dispositifs «\u00a0P3 Petite enfance\u00a0» et «\u00a0P4 Relais\u00a0» sur tout le territoire demandé (Aber), compris dans son périmètre : Département Test et Région Test.",
    );
    const partial = await coverage('CHILDCARE', 'D29');
    expect(partial.actors.find((e) => e.actor.id === 'charlie')?.explanation).toBe(
      "Charlie couvre le frein «\u00a0Garde d'enfants\u00a0» directement et via le dispositif «\u00a0P2 Garde\u00a0» sur une partie seulement du territoire demandé (Département Test) : EPCI Sud et Zone Ouest.",
    );
    const anywhere = await coverage('CHILDCARE');
    expect(anywhere.actors.find((e) => e.actor.id === 'foxtrot')?.explanation).toBe(
      "Foxtrot couvre le frein «\u00a0Garde d'enfants\u00a0» directement (aucun territoire d’intervention renseigné).",
    );
    expect(anywhere.definition).toMatch(/^Pour un frein B/);
  });

  it('serves the definitions of the five analyses, in French and in English, to show beside the results', async () => {
    const d = await gqlOk<{
      analysisDefinitions: { analysis: string; query: string; version: string; title: string; definition: string; definitionEn: string }[];
    }>(env.app, '{ analysisDefinitions { analysis query version title definition definitionEn } }');
    expect(d.analysisDefinitions.map((x) => [x.analysis, x.query, x.version])).toEqual([
      ['BARRIER_COVERAGE', 'barrierCoverage', 'v1'],
      ['PROGRAMME_OVERLAPS', 'programmeOverlaps', 'v1'],
      ['INFORMATION_GAPS', 'informationGaps', 'v1'],
      ['CIR_ARTICULATION', 'cirArticulation', 'v1'],
      ['COVERAGE_GAPS', 'coverageGaps', 'v1'],
    ]);
    const byId = Object.fromEntries(d.analysisDefinitions.map((x) => [x.analysis, x]));
    expect(byId.PROGRAMME_OVERLAPS?.definition).toContain('0,5 quand un seul des deux s’adresse à tout public');
    expect(byId.PROGRAMME_OVERLAPS?.definitionEn).toContain('BPI counts as sharing with BPI_IN_DNA and BPI_OUTSIDE_DNA');
    expect(byId.CIR_ARTICULATION?.definition).toContain('(2 par défaut)');
    expect(byId.BARRIER_COVERAGE?.title).toBe('Couverture d’un frein');
    const one = await gqlOk<{ analysisDefinition: { definition: string } }>(env.app, '{ analysisDefinition(analysis: COVERAGE_GAPS) { definition } }');
    expect(one.analysisDefinition.definition).toMatch(/^Pour chaque territoire T du niveau choisi/);
  });

  it('rejects an unknown barrier or territory, naming the argument', async () => {
    expect(await expectArgumentError(env.app, QUERY, 'barrierId', { b: 'NOPE' })).toBe('barrierId: unknown barrier "NOPE"');
    expect(await expectArgumentError(env.app, QUERY, 'territoryId', { b: 'CHILDCARE', t: 'nowhere' })).toBe('territoryId: unknown territory "nowhere"');
  });
});
