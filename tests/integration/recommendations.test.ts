// Recommendations on tests/fixtures/analysis/network.json with barriers, an EPCI and a BPI count
// added: the drafts follow the analyses' findings; a regeneration keeps what consultants
// accepted or edited (flagging changed evidence), replaces untouched drafts, removes drafts whose
// finding is gone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../server/src/import/load.js';
import { gql, gqlOk } from '../helpers/app.js';
import { type AnalysisEnv, analysisFixture, expectArgumentError, loadAnalysisEnv } from './analysis-support.js';

interface Reco {
  id: string;
  rule: string;
  status: string;
  title: string;
  text: string;
  draftText: string;
  edited: boolean;
  why: string;
  actors: { id: string }[];
  territories: { id: string }[];
  domains: { id: string }[];
  peripheralBarriers: { id: string }[];
  bpiDisplay: string | null;
  priorityLevel: string;
  evidence: unknown;
  evidenceChanged: boolean;
  proposedText: string | null;
  findingGone: boolean;
}
const FIELDS =
  'id rule status title text draftText edited why actors { id } territories { id } domains { id } peripheralBarriers { id } bpiDisplay priorityLevel evidence evidenceChanged proposedText findingGone';
const REGENERATE = `mutation { regenerateRecommendations { drafted removed recommendations { ${FIELDS} } } }`;
const UPDATE = `mutation($id: ID!, $text: String, $status: RecommendationStatus) { updateRecommendation(id: $id, text: $text, status: $status) { ${FIELDS} } }`;
const LIST = `query($s: RecommendationStatus, $d: ID, $b: ID) { recommendations(status: $s, domainId: $d, barrierId: $b) { ${FIELDS} } }`;

let env: AnalysisEnv;
beforeAll(async () => {
  const doc = analysisFixture('network') as {
    territories: Record<string, unknown>[];
    actors: { id: string; addresses?: string[] }[];
    statistics?: unknown[];
  };
  doc.territories.push({ id: 'E_NORD', name: 'EPCI Nord', level: 'EPCI', partOf: ['D29'] });
  for (const t of doc.territories) if (t.id === 'C_ABER') t.partOf = ['D29', 'E_NORD'];
  const addresses: Record<string, string[]> = {
    asso: ['CHILDCARE', 'SHELTER'],
    ml: ['CHILDCARE', 'VOCATIONAL_TRAINING'],
    iso: ['SHELTER'],
    ft: ['EMPLOYMENT_ACCESS'],
  };
  for (const a of doc.actors) if (addresses[a.id]) a.addresses = addresses[a.id];
  doc.statistics = [{ territory: 'D29', indicator: 'BPI_COUNT', year: 2023, value: 640 }];
  env = await loadAnalysisEnv(doc);
});
afterAll(async () => {
  await env?.close();
});

const regenerate = async () =>
  (await gqlOk<{ regenerateRecommendations: { drafted: number; removed: number; recommendations: Reco[] } }>(env.app, REGENERATE)).regenerateRecommendations;
const update = async (id: string, v: { text?: string; status?: string }) =>
  (await gqlOk<{ updateRecommendation: Reco }>(env.app, UPDATE, { id, ...v })).updateRecommendation;
const list = async (v: { s?: string; d?: string; b?: string } = {}) => (await gqlOk<{ recommendations: Reco[] }>(env.app, LIST, v)).recommendations;
const byId = (rs: Reco[]) => new Map(rs.map((r) => [r.id, r]));

describe('recommendations', () => {
  it('drafts one recommendation per finding, in French, grouped as the rules say', async () => {
    const first = await regenerate();
    expect(first.removed).toBe(0);
    const recos = byId(first.recommendations);
    expect(first.drafted).toBe(first.recommendations.length);
    expect(first.recommendations.every((r) => r.status === 'DRAFT' && !r.edited && !r.evidenceChanged)).toBe(true);

    // Information gaps: the analysis's seven pairs (fewer than the top 10).
    const gaps = first.recommendations.filter((r) => r.rule === 'INFORMATION_GAP').map((r) => r.id);
    expect(gaps.sort()).toEqual(['asso|ml', 'ft|ml', 'asso|ft', 'asso|ofii', 'ccas|ft', 'ccas|far', 'ml|ofii'].map((k) => `INFORMATION_GAP:${k}`).sort());
    const assoMl = recos.get('INFORMATION_GAP:asso|ml');
    expect(assoMl?.text).toContain("Quoi : formaliser l'échange d'information entre Asso Accueil et Mission locale");
    expect(assoMl?.why).toContain("lacune d'information de force 3");
    expect(assoMl?.peripheralBarriers.map((p) => p.id)).toEqual(['CHILDCARE']); // their shared barrier

    // CIR: the actors the analysis finds unlinked at distance 2, grouped by the domains of their barriers.
    const cir = await gqlOk<{ cirArticulation: { unlinked: { id: string }[] } }>(env.app, '{ cirArticulation(maxHops: 2) { unlinked { id } } }');
    const unlinked = cir.cirArticulation.unlinked.map((a) => a.id).sort();
    const cirActors = first.recommendations.filter((r) => r.rule === 'CIR_DISTANCE').flatMap((r) => r.actors.map((a) => a.id));
    expect([...new Set(cirActors)].sort()).toEqual(unlinked);
    const housing = recos.get('CIR_DISTANCE:HOUSING');
    expect(housing?.actors.map((a) => a.id)).toEqual(['asso', 'iso']);
    expect(housing?.bpiDisplay).toBe('640'); // D29's count, where they are active
    expect(housing?.priorityLevel).toBe('HIGH');
    expect(housing?.text).toContain("parcours d'orientation vers l'OFII");

    // Zones blanches: nobody has a location, so no commune of the EPCI is reached, for any barrier.
    const childcare = recos.get('ZONE_BLANCHE:CHILDCARE');
    expect(childcare?.territories.map((t) => t.id)).toEqual(['E_NORD']);
    expect(childcare?.actors.map((a) => a.id)).toEqual(['asso', 'ml']);
    expect(childcare?.bpiDisplay).toBeNull();
    expect(childcare?.text).toContain('Priorité : moyenne (nombre de BPI concernés non renseigné).');
    expect(childcare?.why).toContain('EPCI Nord : 0 % des habitants à moins de 20 km');
    expect(childcare?.domains.map((d) => d.id)).toEqual(['EMPLOYMENT', 'RIGHTS']);
  });

  it('filters by status, domain and peripheral barrier; refuses unknown ids', async () => {
    expect((await list({ b: 'CHILDCARE' })).every((r) => r.peripheralBarriers.some((p) => p.id === 'CHILDCARE'))).toBe(true);
    expect((await list({ b: 'HOUSING' })).map((r) => r.id)).toContain('ZONE_BLANCHE:SHELTER');
    expect((await list({ d: 'MOBILITY' })).every((r) => r.domains.some((d) => d.id === 'MOBILITY'))).toBe(true);
    expect(await list({ s: 'ACCEPTED' })).toEqual([]);
    await expectArgumentError(env.app, LIST, 'barrierId', { b: 'NOPE' });
    await expectArgumentError(env.app, LIST, 'domainId', { d: 'NOPE' });
    await expectArgumentError(env.app, UPDATE, 'id', { id: 'ZONE_BLANCHE:NOPE', status: 'ACCEPTED' });
  });

  it('filters by territory: placed in it, around it or within it, and the department-wide ones marked; refuses an unknown territory', async () => {
    const LIST_T = 'query($t: ID) { recommendations(territoryId: $t) { id departmentWide territories { id } } }';
    type Placed = { id: string; departmentWide: boolean; territories: { id: string }[] };
    const inScope = async (t: string) => (await gqlOk<{ recommendations: Placed[] }>(env.app, LIST_T, { t })).recommendations;
    const all = (await gqlOk<{ recommendations: Placed[] }>(env.app, LIST_T, {})).recommendations;
    // E_NORD (an EPCI of D29) relates to itself, its commune C_ABER, D29 and the region R53
    const nord = await inScope('E_NORD');
    const related = new Set(['E_NORD', 'C_ABER', 'D29', 'R53']);
    expect(nord.map((r) => r.id)).toContain('ZONE_BLANCHE:CHILDCARE');
    expect(nord.find((r) => r.id === 'ZONE_BLANCHE:CHILDCARE')?.departmentWide).toBe(false);
    expect(nord.every((r) => r.territories.length === 0 || r.territories.some((t) => related.has(t.id)))).toBe(true);
    expect(nord.map((r) => r.id)).toEqual(all.filter((r) => r.territories.length === 0 || r.territories.some((t) => related.has(t.id))).map((r) => r.id));
    // D22 is elsewhere: the EPCI's zones blanches are not its business, the department-wide ones are marked
    const d22 = await inScope('D22');
    expect(d22.map((r) => r.id)).not.toContain('ZONE_BLANCHE:CHILDCARE');
    expect(d22.every((r) => r.territories.length === 0 || r.territories.some((t) => t.id === 'D22' || t.id === 'R53'))).toBe(true);
    expect(d22.length).toBeLessThan(all.length);
    const housing = all.find((r) => r.id === 'CIR_DISTANCE:HOUSING');
    expect(housing?.territories.map((t) => t.id)).toContain('D29');
    expect(housing?.departmentWide).toBe(true);
    expect((await inScope('C_ABER')).map((r) => r.id)).toContain('CIR_DISTANCE:HOUSING');
    await expectArgumentError(env.app, LIST_T, 'territoryId', { t: 'NOPE' });
  });

  it('regeneration keeps accepted and edited ones, flags their changed evidence, replaces untouched drafts, removes drafts whose finding is gone', async () => {
    await update('ZONE_BLANCHE:CHILDCARE', { status: 'ACCEPTED' });
    const edited = await update('ZONE_BLANCHE:TRANSPORT', { text: 'Texte revu par la consultante.' });
    expect(edited).toMatchObject({ status: 'DRAFT', edited: true, text: 'Texte revu par la consultante.' });
    await update('INFORMATION_GAP:asso|ml', { status: 'ACCEPTED' });
    expect((await list({ s: 'ACCEPTED' })).map((r) => r.id).sort()).toEqual(['INFORMATION_GAP:asso|ml', 'ZONE_BLANCHE:CHILDCARE']);

    // New figures: a BPI count for the EPCI (the zones blanches' evidence changes) and information
    // now shared by Asso Accueil and Mission locale, France Travail and the CCAS (two gaps gone).
    const more = await importDocument(
      env.db,
      { format: 'agir-cartography', version: 1, statistics: [{ territory: 'E_NORD', indicator: 'BPI_COUNT', year: 2024, value: 12 }] },
      'MERGE',
    );
    expect(more.problems).toEqual([]);
    for (const [from, to] of [
      ['asso', 'ml'],
      ['ft', 'ccas'],
    ])
      await gqlOk(env.app, 'mutation($i: LinkInput!) { saveLink(input: $i) { ok } }', { i: { type: 'SHARES_INFO_WITH', from, to } });

    const second = await regenerate();
    expect(second.removed).toBe(1);
    const recos = byId(second.recommendations);
    expect(recos.get('ZONE_BLANCHE:CHILDCARE')).toMatchObject({ status: 'ACCEPTED', evidenceChanged: true, bpiDisplay: null, findingGone: false });
    expect(recos.get('ZONE_BLANCHE:CHILDCARE')?.evidence).toMatchObject({ territories: [{ id: 'E_NORD', bpiCount: 12 }] });
    expect(recos.get('ZONE_BLANCHE:TRANSPORT')).toMatchObject({ status: 'DRAFT', edited: true, text: 'Texte revu par la consultante.', evidenceChanged: true });
    // An untouched draft is replaced by the new one, with the EPCI's 12 BPI.
    expect(recos.get('ZONE_BLANCHE:SHELTER')).toMatchObject({ status: 'DRAFT', evidenceChanged: false, bpiDisplay: '12' });
    expect(recos.get('ZONE_BLANCHE:SHELTER')?.text).toContain('Priorité : haute (12 BPI concernés).');
    // The accepted gap is kept although its finding is gone; the untouched one is removed.
    expect(recos.get('INFORMATION_GAP:asso|ml')).toMatchObject({ status: 'ACCEPTED', findingGone: true });
    expect(recos.has('INFORMATION_GAP:ccas|ft')).toBe(false);

    // Kept ones carry the text drafted from the new figures; the replaced draft has none.
    expect(recos.get('ZONE_BLANCHE:TRANSPORT')?.proposedText).toContain('Priorité : haute (12 BPI concernés).');
    expect(recos.get('ZONE_BLANCHE:CHILDCARE')?.proposedText).toContain('EPCI Nord : 0 %');
    expect(recos.get('ZONE_BLANCHE:SHELTER')?.proposedText).toBeNull();

    // Reviewing clears the flag; an empty text returns to the draft, the newly proposed one.
    const restored = await update('ZONE_BLANCHE:TRANSPORT', { text: '' });
    expect(restored).toMatchObject({ edited: false, evidenceChanged: false, proposedText: null });
    expect(restored.text).toContain('Priorité : haute (12 BPI concernés).');
    const third = byId((await regenerate()).recommendations);
    expect(third.get('ZONE_BLANCHE:CHILDCARE')?.evidenceChanged).toBe(true); // not reviewed yet: the flag stays
    expect(third.get('ZONE_BLANCHE:TRANSPORT')?.evidenceChanged).toBe(false);
  });

  it('a VIEWER reads them but may not regenerate or review them', async () => {
    const token = await gqlOk<{ createApiToken: { secret: string } }>(
      env.app,
      'mutation { createApiToken(name: "lecture recommandations", role: VIEWER) { secret } }',
    );
    const headers = { authorization: `Bearer ${token.createApiToken.secret}` };
    expect((await gqlOk<{ recommendations: Reco[] }>(env.app, LIST, {}, headers)).recommendations.length).toBeGreaterThan(0);
    for (const [query, variables] of [
      [REGENERATE, {}],
      [UPDATE, { id: 'ZONE_BLANCHE:SHELTER', status: 'ACCEPTED' }],
    ] as const) {
      const r = await gql(env.app, query, variables, headers);
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await list()).find((r) => r.id === 'ZONE_BLANCHE:SHELTER')?.status).toBe('DRAFT');
  });
});
