// The recommendation rules on small fixtures: findings in, drafted text and priority out.
import { describe, expect, it } from 'vitest';
import type { CoverageGapRow } from '../../server/src/analyses/coverage-gaps/query.js';
import type { InformationGapRow } from '../../server/src/analyses/information-gaps/query.js';
import type { OverlapRow } from '../../server/src/analyses/programme-overlaps/query.js';
import { evidenceHash, priorityOf } from '../../server/src/recommendations/draft.js';
import { cirDistanceRule } from '../../server/src/recommendations/rules/cir-distance.js';
import type { Subject } from '../../server/src/recommendations/rules/context.js';
import { informationGapRule } from '../../server/src/recommendations/rules/information-gap.js';
import { overlapRule } from '../../server/src/recommendations/rules/overlap.js';
import { zoneBlancheRule } from '../../server/src/recommendations/rules/zone-blanche.js';

const epci = (id: string, name: string) => ({ id, name, level: 'EPCI' });
const gap = (t: ReturnType<typeof epci>, barrierId: string, reachedShare: number, actorCount: number, bpiCount: number | null): CoverageGapRow => ({
  territory: t,
  barrierId,
  bpiCount,
  actorCount,
  reachedShare,
  leafCount: 10,
  reachedCount: Math.round(reachedShare * 10),
  weighted: false,
  key: [],
});
const subject = (
  id: string,
  name: string,
  barriers: string[],
  territories: { id: string; name: string; level: string }[],
  operators: { id: string; name: string }[] = [],
): Subject => ({
  id,
  name,
  barriers,
  territories,
  operators,
});
const D29 = { id: 'D29', name: 'Finistère', level: 'DEPARTMENT' };
const BREST = epci('E_BREST', 'Brest Métropole');
const CROZON = epci('E_CROZON', 'Presqu’île de Crozon');
const POHER = epci('E_POHER', 'Poher communauté');

describe('priority', () => {
  it('weights the severity by the BPI concerned; unknown BPI weighs 1', () => {
    expect(priorityOf(1, null)).toEqual({ priority: 1, priorityLevel: 'MEDIUM' });
    expect(priorityOf(1, { value: 99, display: '99' })).toEqual({ priority: 3, priorityLevel: 'HIGH' });
    expect(priorityOf(0.5, null)).toEqual({ priority: 0.5, priorityLevel: 'LOW' });
  });
});

describe('ZONE_BLANCHE', () => {
  it('groups the zones blanches of a barrier (reachedShare < 0.5) into one draft, worst first, with their figures', () => {
    const drafts = zoneBlancheRule(
      [gap(BREST, 'CHILDCARE', 0.8, 3, 120), gap(CROZON, 'CHILDCARE', 0, 0, 3), gap(POHER, 'CHILDCARE', 0.25, 1, null), gap(POHER, 'TRANSPORT', 0.1, 2, null)],
      { barrierActors: new Map([['CHILDCARE', [{ id: 'a1', name: 'Crèche Alpha' }]]]) },
      20,
    );
    expect(drafts.map((d) => d.key)).toEqual(['ZONE_BLANCHE:CHILDCARE', 'ZONE_BLANCHE:TRANSPORT']);
    const [childcare, transport] = drafts;
    expect(childcare?.where.map((t) => t.id)).toEqual(['E_CROZON', 'E_POHER']); // Brest (80 %) is not a zone blanche
    expect(childcare?.who).toEqual([{ id: 'a1', name: 'Crèche Alpha' }]);
    expect(childcare?.domainIds).toEqual(['EMPLOYMENT', 'RIGHTS']);
    expect(childcare?.peripheralIds).toEqual(['CHILDCARE']);
    // 3 BPI in an EPCI is under statistical secrecy.
    expect(childcare?.bpi).toEqual({ value: 3, display: '< 5' });
    expect(childcare?.why).toBe(
      "zones blanches (moins de 50 % des habitants à portée) — Presqu’île de Crozon : 0 % des habitants à moins de 20 km d'un point de service, 0 acteur couvrant tout le territoire, < 5 BPI ; Poher communauté : 25 % des habitants à moins de 20 km d'un point de service, 1 acteur couvrant tout le territoire.",
    );
    // severity = mean(1, 0.75) = 0.875; × (1 + log10(4)) = 1.4
    expect(childcare?.priority).toBe(1.4);
    expect(childcare?.priorityLevel).toBe('MEDIUM');
    expect(childcare?.text).toContain("Quoi : renforcer ou rapprocher l'offre pour le frein « Garde d'enfants » : permanence délocalisée, aller-vers");
    expect(childcare?.text).toContain('Qui : Crèche Alpha.');
    expect(childcare?.text).toContain('Où : Presqu’île de Crozon et Poher communauté.');
    expect(childcare?.text).toContain('Priorité : moyenne (< 5 BPI concernés).');
    expect(transport?.text).toContain('Qui : à identifier.');
    expect(transport?.text).toContain('Priorité : moyenne (nombre de BPI concernés non renseigné).');
    expect(transport?.peripheralIds).toEqual(['MOBILITY']);
  });
});

describe('OVERLAP', () => {
  const row = (a: string, b: string, score: number): OverlapRow => ({
    a: { id: a, name: `Programme ${a}` },
    b: { id: b, name: `Programme ${b}` },
    score,
    jaccard: 0.5,
    publicFactor: 1,
    sharedBarriers: ['HOUSING_ACCESS'],
    sharedPublics: ['BPI'],
    sharedTerritories: [D29],
    key: [],
  });
  it('top overlaps: clarify the roles, the operators of both, the score and the BPI of the shared territory', () => {
    const subjects = new Map([
      ['p2', subject('p2', 'Programme p2', [], [], [{ id: 'op1', name: 'Opérateur 1' }])],
      [
        'p1',
        subject(
          'p1',
          'Programme p1',
          [],
          [],
          [
            { id: 'op2', name: 'Opérateur 2' },
            { id: 'op1', name: 'Opérateur 1' },
          ],
        ),
      ],
    ]);
    const drafts = overlapRule([row('p2', 'p1', 0.9), ...Array.from({ length: 12 }, (_, i) => row(`x${i}`, `y${i}`, 0.4))], {
      subjects,
      bpi: new Map([['D29', 640]]),
    });
    expect(drafts).toHaveLength(10);
    const [top] = drafts;
    expect(top?.key).toBe('OVERLAP:p1|p2');
    expect(top?.title).toBe('Clarifier les rôles de « Programme p2 » et « Programme p1 »');
    expect(top?.who.map((a) => a.id)).toEqual(['op1', 'op2']);
    expect(top?.why).toBe(
      'recouvrement de score 0,90 (territoires communs 50 % selon Jaccard, facteur public 1,00) sur les freins « Accès au logement pérenne ».',
    );
    expect(top?.bpi).toEqual({ value: 640, display: '640' });
    expect(top?.priorityLevel).toBe('HIGH');
    expect(top?.peripheralIds).toEqual(['HOUSING']);
    expect(top?.text).toContain('Priorité : haute (640 BPI concernés).');
  });
});

describe('INFORMATION_GAP', () => {
  it('formalise the exchange, where both are active, on their shared barriers', () => {
    const g: InformationGapRow = {
      a: { id: 'a', name: 'Alpha' },
      b: { id: 'b', name: 'Bravo' },
      strength: 2,
      reasons: [
        { kind: 'PROGRAMME', programme: { id: 'CIR', name: 'CIR' }, rolesA: ['OPERATES'], rolesB: ['OPERATES'], directions: null, formal: null },
        { kind: 'REFERRAL', programme: null, rolesA: null, rolesB: null, directions: ['A_TO_B'], formal: null },
      ],
      key: [],
    };
    const subjects = new Map([
      ['a', subject('a', 'Alpha', ['HEALTH_CARE', 'FRENCH_LANGUAGE'], [D29, BREST])],
      ['b', subject('b', 'Bravo', ['HEALTH_CARE'], [BREST])],
    ]);
    const [d] = informationGapRule([g], { subjects, bpi: new Map([['D29', 640]]) });
    expect(d?.key).toBe('INFORMATION_GAP:a|b');
    expect(d?.where).toEqual([BREST]);
    expect(d?.barrierIds).toEqual(['HEALTH_CARE']);
    expect(d?.peripheralIds).toEqual(['HEALTH']);
    expect(d?.bpi).toBeNull();
    expect(d?.why).toContain("lacune d'information de force 2");
    expect(d?.why).toContain('Alpha oriente des bénéficiaires vers Bravo');
    expect(d?.text).toContain('convention de partenariat et un référent partagé');
    // severity 2/3, BPI unknown
    expect(d?.priority).toBe(0.67);
    expect(d?.priorityLevel).toBe('LOW');
  });
});

describe('CIR_DISTANCE', () => {
  it('one draft per domain of the unlinked actors, and one for actors without a barrier', () => {
    const subjects = new Map([
      ['a', subject('a', 'Alpha', ['SHELTER'], [D29])],
      ['b', subject('b', 'Bravo', ['SHELTER', 'TRANSPORT'], [BREST])],
      ['c', subject('c', 'Charlie', [], [])],
    ]);
    const drafts = cirDistanceRule(
      [
        { id: 'a', name: 'Alpha' },
        { id: 'b', name: 'Bravo' },
        { id: 'c', name: 'Charlie' },
      ],
      { subjects, bpi: new Map([['D29', 640]]) },
      2,
    );
    expect(drafts.map((d) => [d.key, d.who.map((a) => a.id), d.barrierIds])).toEqual([
      ['CIR_DISTANCE:HOUSING', ['a', 'b'], ['SHELTER']],
      ['CIR_DISTANCE:MOBILITY', ['b'], ['TRANSPORT']],
      ['CIR_DISTANCE:NONE', ['c'], []],
    ]);
    const [housing] = drafts;
    expect(housing?.why).toBe("2 acteurs du domaine « Hébergement et logement » n'ont aucun chemin vers le CIR en 2 liens au plus (articulation avec le CIR).");
    expect(housing?.text).toContain("parcours d'orientation vers l'OFII");
    expect(housing?.bpi?.value).toBe(640);
    expect(housing?.priorityLevel).toBe('HIGH');
  });
});

describe('evidence hash', () => {
  it('changes with the figures only', () => {
    expect(evidenceHash({ a: 1 })).toBe(evidenceHash({ a: 1 }));
    expect(evidenceHash({ a: 1 })).not.toBe(evidenceHash({ a: 2 }));
  });
});
