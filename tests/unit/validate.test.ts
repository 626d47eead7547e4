// Validation rules of the interchange document, without a database.
import { describe, expect, it } from 'vitest';
import { emptyGraph, pointerToPath, validateDocument } from '../../server/src/import/validate.js';

const base = () => ({
  format: 'agir-cartography',
  version: 1,
  territories: [
    { id: '53', name: 'Bretagne', level: 'REGION' },
    { id: '29', name: 'Finistère', level: 'DEPARTMENT', partOf: ['53'] },
    { id: '29019', name: 'Brest', level: 'COMMUNE', partOf: ['29'] },
  ],
  actors: [
    { id: 'ofii', name: 'OFII', kind: 'STATE_SERVICE', activeIn: ['53'], sources: ['s'] },
    { id: 'ml', name: 'Mission locale', kind: 'PUBLIC_EMPLOYMENT_SERVICE', commune: '29019', addresses: ['EMPLOYMENT_ACCESS'] },
  ],
  programmes: [{ id: 'CIR', name: 'CIR', kind: 'SPECIALISED', publics: ['BPI'], domains: ['LANGUAGE'], addresses: ['FRENCH_LANGUAGE'] }],
  links: [
    { type: 'OPERATES', from: 'ofii', to: 'CIR' },
    { type: 'REFERS_TO', from: 'ofii', to: 'ml' },
  ],
  statistics: [{ territory: '29', indicator: 'BPI_COUNT', year: 2023, value: 1200 }],
});

type Doc = ReturnType<typeof base> & Record<string, unknown>;
const problemsOf = (mutate: (d: Doc) => void) => {
  const d = base() as Doc;
  mutate(d);
  return validateDocument(d);
};

describe('interchange validation', () => {
  it('accepts a valid document', () => {
    expect(validateDocument(base())).toEqual([]);
  });

  it('turns JSON pointers into readable paths', () => {
    expect(pointerToPath('/actors/3/addresses/1')).toBe('actors[3].addresses[1]');
    expect(pointerToPath('')).toBe('(document)');
  });

  it('rejects what is not an object', () => {
    expect(validateDocument([])).toEqual([{ where: '(document)', message: 'must be a JSON object' }]);
  });

  it('reports schema problems with their location', () => {
    const p = problemsOf((d) => {
      d.format = 'other';
      (d.actors[0] as Record<string, unknown>).kind = 'MINISTRY';
      (d.actors[1] as Record<string, unknown>).colour = 'red';
      delete (d.programmes[0] as Record<string, unknown>).name;
    });
    expect(p).toEqual(
      expect.arrayContaining([
        { where: 'format', message: 'must be "agir-cartography" (got "other")' },
        { where: 'actors[0].kind', message: expect.stringContaining('unknown value "MINISTRY"') },
        { where: 'actors[1].colour', message: 'unknown field' },
        { where: 'programmes[0].name', message: 'is required' },
      ]),
    );
  });

  it('reports unknown barriers, domains, publics and territories', () => {
    const p = problemsOf((d) => {
      d.actors[1]!.addresses = ['EMPLOYMENT_ACCESS', 'FOO'];
      d.programmes[0]!.domains = ['NOPE'];
      d.programmes[0]!.publics = ['ALIENS'];
      d.actors[0]!.activeIn = ['99'];
    });
    expect(p).toEqual([
      { where: 'actors[0].activeIn[0]', message: 'unknown territory "99"' },
      { where: 'actors[1].addresses[1]', message: 'unknown barrier "FOO"' },
      { where: 'programmes[0].domains[0]', message: 'unknown domain "NOPE"' },
      { where: 'programmes[0].publics[0]', message: 'unknown public "ALIENS"' },
    ]);
  });

  it('reports duplicate ids, also across actors and programmes', () => {
    const p = problemsOf((d) => {
      d.actors.push({ id: 'ofii', name: 'Doublon', kind: 'OTHER' } as never);
      d.programmes.push({ id: 'ml', name: 'Homonyme', kind: 'COMMON_LAW' } as never);
    });
    expect(p).toEqual([
      { where: 'actors[2].id', message: 'duplicate id "ofii" (already used by actors[0])' },
      { where: 'programmes[1].id', message: 'duplicate id "ml" (already used by actors[1])' },
    ]);
  });

  it('reports links whose endpoints are of the wrong type', () => {
    const p = problemsOf((d) => {
      d.links.push({ type: 'OPERATES', from: 'ofii', to: 'ml' }, { type: 'PARTNERS_WITH', from: 'CIR', to: 'CIR' } as never);
    });
    expect(p).toEqual([
      { where: 'links[2].to', message: '"ml" is an actor: a OPERATES link points to a programme' },
      { where: 'links[3].from', message: '"CIR" is not an actor: a PARTNERS_WITH link starts from an actor' },
      { where: 'links[3].to', message: '"CIR" is a programme: a PARTNERS_WITH link points to an actor' },
    ]);
  });

  it('reports duplicate links and self links', () => {
    const p = problemsOf((d) => {
      d.links.push({ type: 'OPERATES', from: 'ofii', to: 'CIR' }, { type: 'SHARES_INFO_WITH', from: 'ml', to: 'ml' });
    });
    expect(p).toEqual([
      { where: 'links[2]', message: 'duplicate OPERATES link from "ofii" to "CIR" (same as links[0])' },
      { where: 'links[3].to', message: 'an actor cannot be linked to itself ("ml")' },
    ]);
  });

  it('reports territory cycles', () => {
    const p = problemsOf((d) => {
      d.territories[0]!.partOf = ['29019'];
    });
    expect(p.some((x) => /^territory cycle: (?=.*53)(?=.*29019)(?=.*→ 29 )/.test(x.message))).toBe(true);
  });

  it('reports a territory inside a smaller one and a commune that is not a commune', () => {
    const p = problemsOf((d) => {
      d.territories.push({ id: 'X', name: 'Zone', level: 'EPCI', partOf: ['29019'] });
      d.actors[1]!.commune = '29';
    });
    expect(p).toEqual([
      { where: 'territories[3].partOf[0]', message: 'a EPCI cannot be part of the COMMUNE "29019" (the parent must be a larger territory level)' },
      { where: 'actors[1].commune', message: '"29" is a DEPARTMENT, not a COMMUNE' },
    ]);
  });

  it('lets a MERGE document refer to what the database already holds', () => {
    const doc = { format: 'agir-cartography', version: 1, links: [{ type: 'OPERATES', from: 'ofii', to: 'CIR' }] };
    expect(validateDocument(doc)).toHaveLength(2);
    const existing = emptyGraph();
    existing.actors.add('ofii');
    existing.programmes.add('CIR');
    expect(validateDocument(doc, existing)).toEqual([]);
  });

  it('reports statistics about unknown territories and duplicates', () => {
    const p = problemsOf((d) => {
      d.statistics.push({ territory: '29', indicator: 'BPI_COUNT', year: 2023, value: 5 }, { territory: '00', indicator: 'BPI_COUNT', year: 2023, value: 1 });
    });
    expect(p).toEqual([
      { where: 'statistics[1]', message: 'duplicate statistic BPI_COUNT for "29" in 2023 (same as statistics[0])' },
      { where: 'statistics[2].territory', message: 'unknown territory "00"' },
    ]);
  });

  it('reports sites in an unknown territory or one that is not a commune, the same site twice, and a wrong outreach', () => {
    const p = problemsOf((d) => {
      Object.assign(d.actors[1] as object, {
        sites: [{ commune: '29019', label: 'Permanence' }, { commune: '29' }, { commune: 'nowhere' }, { commune: '29019', label: 'Permanence' }],
        outreach: 'sometimes',
      });
      Object.assign(d.programmes[0] as object, { sites: [{ label: 'sans commune' }, { commune: '29019', room: 'B12' }], outreach: true });
    });
    expect(p).toEqual(
      expect.arrayContaining([
        { where: 'actors[1].outreach', message: 'must be of type boolean (got "sometimes")' },
        { where: 'programmes[0].sites[0].commune', message: 'is required' },
        { where: 'programmes[0].sites[1].room', message: 'unknown field' },
        { where: 'actors[1].sites[1].commune', message: '"29" is a DEPARTMENT, not a COMMUNE' },
        { where: 'actors[1].sites[2].commune', message: 'unknown territory "nowhere"' },
        { where: 'actors[1].sites[3]', message: 'the same site as sites[0]' },
      ]),
    );
    expect(p).toHaveLength(6);
  });

  it('lets a MERGE document put a site in a commune the database already holds', () => {
    const doc = { format: 'agir-cartography', version: 1, actors: [{ id: 'a', name: 'A', kind: 'OTHER', sites: [{ commune: '29019' }] }] };
    expect(validateDocument(doc)).toEqual([{ where: 'actors[0].sites[0].commune', message: 'unknown territory "29019"' }]);
    const existing = emptyGraph();
    existing.territories.set('29019', 'COMMUNE');
    expect(validateDocument(doc, existing)).toEqual([]);
  });
});
