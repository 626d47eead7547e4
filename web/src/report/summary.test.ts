import { describe, expect, it } from 'vitest';
import { domainContexts } from './summary';

describe('domain context', () => {
  it('counts actors directly and through their programmes, and turns counts into strengths and weaknesses', () => {
    const [housing, health] = domainContexts({
      domains: [
        { id: 'HOUSING', label: 'Logement' },
        { id: 'HEALTH', label: 'Santé' },
      ],
      barriers: [
        { id: 'HOUSING_ACCESS', label: 'Accès au logement', domains: [{ id: 'HOUSING' }] },
        { id: 'MENTAL_HEALTH', label: 'Santé mentale', domains: [{ id: 'HEALTH' }] },
      ],
      actors: [
        { id: 'a', addresses: [{ id: 'HOUSING_ACCESS' }], programmes: [] },
        { id: 'b', addresses: [], programmes: [{ id: 'p' }] },
        { id: 'c', addresses: [{ id: 'HOUSING_ACCESS' }], programmes: [{ id: 'p' }] },
        { id: 'd', addresses: [{ id: 'MENTAL_HEALTH' }], programmes: [] },
      ],
      programmes: [{ id: 'p', addresses: [{ id: 'HOUSING_ACCESS' }], domains: [{ id: 'HOUSING' }] }],
      whiteZones: [{ barrierId: 'MENTAL_HEALTH' }, { barrierId: 'MENTAL_HEALTH' }],
    });
    expect(housing).toMatchObject({ actorCount: 3, programmeCount: 1, weaknesses: [] });
    expect(housing?.strengths).toEqual(['« Accès au logement » : 3 acteurs et 1 dispositif.']);
    expect(health).toMatchObject({ actorCount: 1, programmeCount: 0, strengths: [] });
    expect(health?.weaknesses).toEqual([
      '« Santé mentale » : seulement 1 acteur (moins de 3).',
      '« Santé mentale » : 2 zones blanches (aucun acteur, personne à portée).',
    ]);
  });
});
