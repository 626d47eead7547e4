// informationGaps and cirArticulation on tests/fixtures/analysis/network.json, answers worked out by hand.
// Programmes: CIR (OFII operates, France Travail prescribes), CEJ (Mission locale and France
// Travail operate), AGIR (Asso Accueil operates and funds, OFII funds, France Travail and
// Mission locale prescribe). Referrals: Mission locale ⇄ Asso Accueil, France Travail → CCAS,
// CCAS → Lointain. Partners: Mission locale ⇄ Asso Accueil (one link formal), CAF ⇄ CCAS.
// Information shared: OFII → France Travail, CAF → CCAS (one direction each). Isolé: no links.
// Territories: D29 ⊃ Aber; Lointain is in D22; the others in D29 or Aber.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlOk } from '../helpers/app.js';
import { type AnalysisEnv, analysisFixture, expectArgumentError, loadAnalysisEnv } from './analysis-support.js';

let env: AnalysisEnv;
beforeAll(async () => {
  env = await loadAnalysisEnv(analysisFixture('network'));
});
afterAll(async () => {
  await env?.close();
});

interface Gap {
  a: { id: string };
  b: { id: string };
  strength: number;
  reasons: string[];
  reasonDetails: { kind: string; programme: { id: string } | null; rolesA: string[]; rolesB: string[]; directions: string[]; formal: boolean | null }[];
  explanation: string;
}
const GAPS = `query($t: ID, $a: ID, $s: Int, $n: Int) {
  informationGaps(territoryId: $t, actorId: $a, minStrength: $s, limit: $n) {
    a { id } b { id } strength reasons explanation
    reasonDetails { kind programme { id } rolesA rolesB directions formal } } }`;

async function infoGaps(args: { territoryId?: string; actorId?: string; minStrength?: number; limit?: number } = {}) {
  const d = await gqlOk<{ informationGaps: Gap[] }>(env.app, GAPS, { t: args.territoryId, a: args.actorId, s: args.minStrength, n: args.limit });
  return d.informationGaps;
}
const pairs = (list: Gap[]) => list.map((g) => [g.a.id, g.b.id, g.strength]);

describe('informationGaps', () => {
  it('lists co-involved pairs that share no information, strongest first, each with its reasons in French', async () => {
    const list = await infoGaps();
    expect(pairs(list)).toEqual([
      ['asso', 'ml', 3],
      ['ft', 'ml', 2],
      ['asso', 'ft', 1],
      ['asso', 'ofii', 1],
      ['ccas', 'ft', 1],
      ['ccas', 'far', 1],
      ['ml', 'ofii', 1],
    ]);
    expect(Object.fromEntries(list.map((g) => [`${g.a.id}|${g.b.id}`, g.reasons]))).toEqual({
      'asso|ml': [
        'Asso Accueil opère et finance le programme AGIR, Mission locale le prescrit',
        'Asso Accueil et Mission locale s’orientent mutuellement des bénéficiaires',
        'partenaires (partenariat formalisé)',
      ],
      'ft|ml': ['prescrivent tous deux le programme AGIR', 'opèrent tous deux le programme CEJ'],
      'asso|ft': ['Asso Accueil opère et finance le programme AGIR, France Travail le prescrit'],
      'asso|ofii': ['Asso Accueil opère et finance le programme AGIR, OFII le finance'],
      'ccas|ft': ['France Travail oriente des bénéficiaires vers CCAS'],
      'ccas|far': ['CCAS oriente des bénéficiaires vers Lointain'],
      'ml|ofii': ['Mission locale prescrit le programme AGIR, OFII le finance'],
    });
  });

  it('a pair sharing information in one direction only is not a gap, however co-involved', async () => {
    const keys = (await infoGaps()).map((g) => `${g.a.id}|${g.b.id}`);
    expect(keys).not.toContain('ft|ofii'); // CIR and AGIR, but OFII → France Travail
    expect(keys).not.toContain('caf|ccas'); // partners, but CAF → CCAS
    expect(keys.some((k) => k.includes('iso'))).toBe(false);
  });

  it('gives the reasons as data too, one per programme and one per referral or partnership whatever the directions', async () => {
    const [top] = await infoGaps({ limit: 1 });
    expect(top?.reasonDetails).toEqual([
      { kind: 'PROGRAMME', programme: { id: 'agir' }, rolesA: ['OPERATES', 'FUNDS'], rolesB: ['PRESCRIBES'], directions: [], formal: null },
      { kind: 'REFERRAL', programme: null, rolesA: [], rolesB: [], directions: ['A_TO_B', 'B_TO_A'], formal: false },
      { kind: 'PARTNERSHIP', programme: null, rolesA: [], rolesB: [], directions: ['A_TO_B', 'B_TO_A'], formal: true },
    ]);
    expect(top?.explanation).toBe(
      'Asso Accueil et Mission locale n’échangent pas d’information, dans un sens ni dans l’autre, alors qu’ils sont co-impliqués (3 raisons) : Asso Accueil opère et finance le programme AGIR, Mission locale le prescrit ; Asso Accueil et Mission locale s’orientent mutuellement des bénéficiaires ; partenaires (partenariat formalisé).',
    );
  });

  it('filters by strength, actor and territory', async () => {
    expect(pairs(await infoGaps({ minStrength: 2 }))).toEqual([
      ['asso', 'ml', 3],
      ['ft', 'ml', 2],
    ]);
    expect(pairs(await infoGaps({ actorId: 'ft' }))).toEqual([
      ['ft', 'ml', 2],
      ['asso', 'ft', 1],
      ['ccas', 'ft', 1],
    ]);
    // Aber: actors active in D29 or Aber; Lointain (D22) is not.
    expect(pairs(await infoGaps({ territoryId: 'C_ABER' })).map((p) => `${p[0]}|${p[1]}`)).toEqual([
      'asso|ml',
      'ft|ml',
      'asso|ft',
      'asso|ofii',
      'ccas|ft',
      'ml|ofii',
    ]);
    expect(await infoGaps({ territoryId: 'D22' })).toEqual([]);
  });

  it('rejects wrong arguments, naming them', async () => {
    expect(await expectArgumentError(env.app, GAPS, 'minStrength', { s: 0 })).toBe('minStrength: must be 1 or more (got 0)');
    expect(await expectArgumentError(env.app, GAPS, 'actorId', { a: 'nobody' })).toBe('actorId: unknown actor "nobody"');
    expect(await expectArgumentError(env.app, GAPS, 'territoryId', { t: 'nowhere' })).toBe('territoryId: unknown territory "nowhere"');
  });
});

interface Cir {
  cir: { id: string };
  maxHops: number;
  linked: { actor: { id: string }; distance: number; path: string[]; pathLinks: { type: string; from: string; to: string }[]; explanation: string }[];
  unlinked: { id: string }[];
  unlinkedDetails: { actor: { id: string }; distance: number | null; explanation: string }[];
  explanation: string;
}
const CIR = `query($h: Int, $t: ID, $k: [ActorKind!]) { cirArticulation(maxHops: $h, territoryId: $t, actorKinds: $k) {
  cir { id } maxHops explanation
  linked { actor { id } distance path pathLinks { type from to } explanation }
  unlinked { id } unlinkedDetails { actor { id } distance explanation } } }`;

async function cir(args: { maxHops?: number; territoryId?: string; actorKinds?: string[] } = {}) {
  return (await gqlOk<{ cirArticulation: Cir }>(env.app, CIR, { h: args.maxHops, t: args.territoryId, k: args.actorKinds })).cirArticulation;
}
const linked = (c: Cir) => c.linked.map((l) => [l.actor.id, l.distance]);

/** Undirected adjacency of the fixture over the six link types, to check any shortest path. */
const EDGES = new Set(
  (analysisFixture('network') as { links: { from: string; to: string }[] }).links.flatMap((l) => [`${l.from}|${l.to}`, `${l.to}|${l.from}`]),
);

describe('cirArticulation', () => {
  it('within 2 hops by default: distances by shortest path, linked by distance then name, the others by name', async () => {
    const c = await cir();
    expect(c.cir.id).toBe('CIR');
    expect(c.maxHops).toBe(2);
    expect(linked(c)).toEqual([
      ['ft', 1],
      ['ofii', 1],
      ['ccas', 2],
    ]);
    expect(c.linked.map((l) => l.path)).toEqual([
      ['ft', 'CIR'],
      ['ofii', 'CIR'],
      ['ccas', 'ft', 'CIR'],
    ]);
    expect(c.unlinked.map((a) => a.id)).toEqual(['asso', 'caf', 'iso', 'far', 'ml']);
    // v2: one breadth-first search from the CIR, up to maxHops; further distances are not computed.
    expect(c.unlinkedDetails.map((u) => [u.actor.id, u.distance])).toEqual([
      ['asso', null],
      ['caf', null],
      ['iso', null],
      ['far', null],
      ['ml', null],
    ]);
    expect(c.explanation).toBe('3 acteurs sur 8 sont liés au CIR à distance 2 au plus, dont 2 directement ; 5 acteurs ne sont pas liés.');
  });

  it('distances go through programme nodes, in any direction; unreachable actors stay unlinked', async () => {
    const c = await cir({ maxHops: 3 });
    expect(linked(c)).toEqual([
      ['ft', 1],
      ['ofii', 1],
      ['ccas', 2],
      ['asso', 3], // Asso Accueil – AGIR – OFII or France Travail – CIR
      ['caf', 3],
      ['far', 3], // Lointain – CCAS – France Travail – CIR, against the referrals' direction
      ['ml', 3], // Mission locale – CEJ or AGIR – … – CIR
    ]);
    for (const l of c.linked) {
      expect(l.path).toHaveLength(l.distance + 1);
      expect(l.path[0]).toBe(l.actor.id);
      expect(l.path.at(-1)).toBe('CIR');
      l.path.slice(1).forEach((id, i) => {
        expect(EDGES.has(`${l.path[i]}|${id}`)).toBe(true);
      });
      expect(l.pathLinks).toHaveLength(l.distance);
    }
    expect(c.unlinked.map((a) => a.id)).toEqual(['iso']);
    expect(c.unlinkedDetails[0]?.explanation).toBe('Isolé n’est pas relié au CIR en 3 liens au plus (distance maximale retenue).');
    // Isolé has no link at all: as far as the search goes (6), it stays unlinked.
    expect((await cir({ maxHops: 6 })).unlinked.map((a) => a.id)).toEqual(['iso']);
  });

  it('maxHops 0 and 1', async () => {
    const zero = await cir({ maxHops: 0 });
    expect(zero.linked).toEqual([]);
    expect(zero.unlinked.map((a) => a.id)).toEqual(['asso', 'caf', 'ccas', 'ft', 'iso', 'far', 'ml', 'ofii']);
    expect(linked(await cir({ maxHops: 1 }))).toEqual([
      ['ft', 1],
      ['ofii', 1],
    ]);
  });

  it('explains each path in French, with the links in their direction', async () => {
    const c = await cir();
    const ccas = c.linked.find((l) => l.actor.id === 'ccas');
    expect(ccas?.pathLinks).toEqual([
      { type: 'REFERS_TO', from: 'ft', to: 'ccas' },
      { type: 'PRESCRIBES', from: 'ft', to: 'CIR' },
    ]);
    expect(ccas?.explanation).toBe('Distance 2 : CCAS reçoit des bénéficiaires orientés par France Travail, qui prescrit CIR.');
    expect(c.linked[1]?.explanation).toBe('Distance 1 : OFII opère CIR.');
    expect(c.unlinkedDetails.find((u) => u.actor.id === 'ml')?.explanation).toBe(
      'Mission locale n’est pas relié au CIR en 2 liens au plus (distance maximale retenue).',
    );
  });

  it('filters actors by territory and kind, paths still going through any actor', async () => {
    const far = await cir({ territoryId: 'D22', maxHops: 3 });
    expect(linked(far)).toEqual([['far', 3]]);
    expect(far.linked[0]?.path).toEqual(['far', 'ccas', 'ft', 'CIR']);
    expect(far.unlinked).toEqual([]);
    const assos = await cir({ actorKinds: ['ASSOCIATION'] });
    expect(linked(assos)).toEqual([]);
    expect(assos.unlinked.map((a) => a.id)).toEqual(['asso', 'iso', 'far']);
  });

  it('loads the whole actors and programmes when more than ids and names are asked', async () => {
    const d = await gqlOk<{
      cirArticulation: {
        linked: { actor: Record<string, unknown> }[];
        unlinked: Record<string, unknown>[];
        unlinkedDetails: { actor: Record<string, unknown> }[];
      };
      informationGaps: { a: Record<string, unknown>; b: Record<string, unknown>; reasonDetails: { programme: Record<string, unknown> | null }[] }[];
    }>(
      env.app,
      `{ cirArticulation(maxHops: 1) { linked { actor { id kind } } unlinked { id ... on Actor { kind } } unlinkedDetails { actor { name activeIn { id } } } }
         informationGaps(minStrength: 2) { a { id kind } b { name } reasonDetails { programme { id kind } } } }`,
    );
    expect(d.cirArticulation.linked.map((l) => l.actor)).toEqual([
      { id: 'ft', kind: 'PUBLIC_EMPLOYMENT_SERVICE' },
      { id: 'ofii', kind: 'STATE_SERVICE' },
    ]);
    expect(d.cirArticulation.unlinked[0]).toEqual({ id: 'asso', kind: 'ASSOCIATION' });
    expect(d.cirArticulation.unlinkedDetails[0]?.actor).toEqual({ name: 'Asso Accueil', activeIn: [{ id: 'C_ABER' }] });
    expect(d.informationGaps[1]).toEqual({
      a: { id: 'ft', kind: 'PUBLIC_EMPLOYMENT_SERVICE' },
      b: { name: 'Mission locale' },
      reasonDetails: [{ programme: { id: 'agir', kind: 'GLOBAL_SUPPORT' } }, { programme: { id: 'cej', kind: 'COMMON_LAW' } }],
    });
  });

  it('rejects a maxHops out of 0–6 or an unknown territory, naming the argument', async () => {
    expect(await expectArgumentError(env.app, CIR, 'maxHops', { h: -1 })).toBe('maxHops: must be between 0 and 6 (got -1)');
    expect(await expectArgumentError(env.app, CIR, 'maxHops', { h: 7 })).toBe('maxHops: must be between 0 and 6 (got 7)');
    expect(await expectArgumentError(env.app, CIR, 'territoryId', { t: 'nowhere' })).toBe('territoryId: unknown territory "nowhere"');
  });
});
