// Every read query of the API on a small hand-made cartography.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../server/src/import/load.js';
import type { Executor } from '../../server/src/neo4j/executor.js';
import { gql, gqlOk, testApp } from '../helpers/app.js';
import { openTestDb, resetDb } from '../helpers/db.js';

const fixture = JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8'));
let db: Executor;
let app: FastifyInstance;

beforeAll(async () => {
  db = await openTestDb();
  await resetDb(db);
  const report = await importDocument(db, fixture, 'REPLACE');
  expect(report.ok).toBe(true);
  app = await testApp(db);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const actorIds = async (filter: Record<string, unknown>) => {
  const d = await gqlOk<{ actors: { totalCount: number; edges: { node: { id: string } }[] } }>(
    app,
    'query($f: ActorFilter){ actors(filter: $f, first: 100) { totalCount edges { node { id } } } }',
    { f: filter },
  );
  expect(d.actors.totalCount).toBe(d.actors.edges.length);
  return d.actors.edges.map((e) => e.node.id).sort();
};

describe('vocabulary', () => {
  it('serves domains with their barriers, barriers with their domains, publics', async () => {
    const d = await gqlOk<{
      domains: { id: string; barriers: { id: string }[] }[];
      barriers: { id: string; domains: { id: string }[] }[];
      publics: { id: string }[];
    }>(app, '{ domains { id label barriers { id } } barriers { id label domains { id } } publics { id label } }');
    expect(d.domains.map((x) => x.id)).toEqual(['HOUSING', 'EMPLOYMENT', 'LANGUAGE', 'RIGHTS', 'MOBILITY', 'SOCIAL_LINK']);
    expect(d.domains.find((x) => x.id === 'MOBILITY')?.barriers.map((b) => b.id)).toEqual(['TRANSPORT', 'DRIVING_LICENCE']);
    expect(d.barriers.find((b) => b.id === 'CHILDCARE')?.domains.map((x) => x.id)).toEqual(['EMPLOYMENT', 'RIGHTS']);
    expect(d.publics).toHaveLength(9);
  });
});

describe('territories', () => {
  it('gives a territory with its parents and children', async () => {
    const d = await gqlOk<{ territory: { name: string; level: string; parents: { id: string }[]; children: { id: string }[] } }>(
      app,
      '{ territory(id: "242900801") { name level parents { id } children { id } } }',
    );
    expect(d.territory).toEqual({ name: 'Morlaix Communauté', level: 'EPCI', parents: [{ id: '29' }], children: [{ id: '29151' }, { id: '29203' }] });
  });

  it('lists a commune with several parents', async () => {
    const d = await gqlOk<{ territory: { parents: { id: string; level: string }[] } }>(app, '{ territory(id: "29151") { parents { id level } } }');
    expect(d.territory.parents.map((p) => p.level).sort()).toEqual(['EMPLOYMENT_AREA', 'EPCI']);
  });

  it('searches territories by name without accents, or by code', async () => {
    const d = await gqlOk<{ a: { id: string }[]; b: { id: string }[]; c: { id: string }[] }>(
      app,
      '{ a: territories(search: "PLOURIN LES") { id } b: territories(search: "29019") { id } c: territories(level: EPCI, search: "morlaix") { id } }',
    );
    expect(d.a.map((t) => t.id)).toEqual(['29203']);
    expect(d.b.map((t) => t.id)).toEqual(['29019']);
    expect(d.c.map((t) => t.id)).toEqual(['242900801']);
  });

  it('lists territories by level, and returns null for an unknown id', async () => {
    const d = await gqlOk<{ territories: { id: string }[]; all: { id: string }[]; territory: null }>(
      app,
      '{ territories(level: COMMUNE) { id } all: territories { id } territory(id: "nope") { id } }',
    );
    expect(d.territories.map((t) => t.id).sort()).toEqual(['29019', '29151', '29203']);
    expect(d.all).toHaveLength(8);
    expect(d.territory).toBeNull();
  });
});

describe('actors', () => {
  it('gives an actor with everything around it', async () => {
    const d = await gqlOk<{ actor: Record<string, unknown> }>(
      app,
      '{ actor(id: "ml_morlaix") { id name kind email phone commune { name } activeIn { id } addresses { id } programmes { id } links { type from to formal note sources } sources } }',
    );
    expect(d.actor).toEqual({
      id: 'ml_morlaix',
      name: 'Mission locale du Pays de Morlaix',
      kind: 'PUBLIC_EMPLOYMENT_SERVICE',
      email: 'contact@ml-morlaix.example',
      phone: '02 98 00 00 00',
      commune: { name: 'Morlaix' },
      activeIn: [{ id: '242900801' }],
      addresses: [{ id: 'EMPLOYMENT_ACCESS' }],
      programmes: [{ id: 'cej' }],
      links: [
        { type: 'OPERATES', from: 'ml_morlaix', to: 'cej', formal: null, note: null, sources: ['entretien'] },
        { type: 'REFERS_TO', from: 'ml_morlaix', to: 'ecoute', formal: null, note: null, sources: ['entretien'] },
        { type: 'SHARES_INFO_WITH', from: 'caf', to: 'ml_morlaix', formal: false, note: null, sources: ['entretien'] },
      ],
      sources: ['entretien du 12/11/2026'],
    });
  });

  it('filters by kind', async () => {
    expect(await actorIds({ kinds: ['ASSOCIATION', 'SOCIAL_PROTECTION'] })).toEqual(['caf', 'ecoute']);
  });

  it('filters by territory both ways: containing and contained', async () => {
    // Morlaix (commune): actors active in Morlaix Communauté, Finistère, Bretagne (containing it).
    expect(await actorIds({ territoryId: '29151' })).toEqual(['caf', 'ml_morlaix', 'ofii']);
    // Morlaix Communauté: also actors active in one of its communes (contained).
    expect(await actorIds({ territoryId: '242900801' })).toEqual(['caf', 'ecoute', 'ml_morlaix', 'ofii']);
    // The employment area reaches Plourin through the commune's second parent.
    expect(await actorIds({ territoryId: 'ZE5310' })).toEqual(['caf', 'ecoute', 'ofii']);
    expect(await actorIds({ territoryId: '53' })).toEqual(['caf', 'ccas_brest', 'ecoute', 'ml_morlaix', 'ofii']);
  });

  it('filters by barrier, directly or through an operated programme, and by domain', async () => {
    expect(await actorIds({ barrierId: 'VOCATIONAL_TRAINING' })).toEqual(['ml_morlaix']);
    expect(await actorIds({ barrierId: 'BENEFITS_ACCESS' })).toEqual(['caf', 'ccas_brest']);
    expect(await actorIds({ domainId: 'LANGUAGE' })).toEqual(['ofii']);
  });

  it('searches names without regard to case or accents', async () => {
    expect(await actorIds({ search: 'oecumenique' })).toEqual(['ecoute']);
    expect(await actorIds({ search: 'ÉCOUTE' })).toEqual(['ecoute']);
    expect(await actorIds({ search: 'pays de MORLAIX' })).toEqual(['ml_morlaix']);
    expect(await actorIds({ search: 'zzz' })).toEqual([]);
  });

  it('paginates with cursors and a total count', async () => {
    const q = 'query($after: String){ actors(first: 2, after: $after) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }';
    type Page = { actors: { totalCount: number; edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const names: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const d: Page = await gqlOk<Page>(app, q, { after });
      expect(d.actors.totalCount).toBe(5);
      names.push(...d.actors.edges.map((e) => e.node.name));
      after = d.actors.pageInfo.hasNextPage ? d.actors.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(names).toEqual(['CAF du Finistère', 'CCAS de Brest', 'Mission locale du Pays de Morlaix', 'OFII', 'Écoute Œcuménique Élorn']);
  });

  it('rejects wrong arguments with an error naming them', async () => {
    const cases: [string, string, RegExp][] = [
      ['{ actors(first: 0) { totalCount } }', 'first', /^first: must be between 1 and 500/],
      ['{ actors(after: "garbage") { totalCount } }', 'after', /^after: not a cursor/],
      ['{ actors(filter: { territoryId: "00000" }) { totalCount } }', 'filter.territoryId', /unknown territory "00000"/],
      ['{ actors(filter: { barrierId: "FOO" }) { totalCount } }', 'filter.barrierId', /unknown barrier "FOO"/],
      ['{ actors(filter: { domainId: "FOO" }) { totalCount } }', 'filter.domainId', /unknown domain "FOO"/],
    ];
    for (const [query, argument, message] of cases) {
      const r = await gql(app, query);
      expect(r.errors?.[0]?.extensions?.argument).toBe(argument);
      expect(r.errors?.[0]?.message).toMatch(message);
    }
    const wrongEnum = await gql(app, '{ actors(filter: { kinds: [MINISTRY] }) { totalCount } }');
    expect(wrongEnum.errors?.[0]?.message).toMatch(/MINISTRY/);
  });
});

describe('programmes', () => {
  it('lists programmes and gives one with operators, publics, domains', async () => {
    const d = await gqlOk<{ programmes: { id: string }[]; programme: Record<string, unknown> }>(
      app,
      '{ programmes { id } programme(id: "CIR") { name kind operators { id } publics { id } domains { id } addresses { id } activeIn { id } sources } }',
    );
    expect(d.programmes.map((p) => p.id).sort()).toEqual(['CIR', 'cej']);
    expect(d.programme).toEqual({
      name: "Contrat d'intégration républicaine",
      kind: 'SPECIALISED',
      operators: [{ id: 'ofii' }],
      publics: [{ id: 'BPI' }, { id: 'FOREIGN_NATIONALS' }],
      domains: [{ id: 'LANGUAGE' }, { id: 'SOCIAL_LINK' }],
      addresses: [{ id: 'CIVIC_KNOWLEDGE' }, { id: 'FRENCH_LANGUAGE' }],
      activeIn: [{ id: '53' }],
      sources: ['loi du 7 mars 2016'],
    });
  });
});

describe('graph', () => {
  type View = {
    graph: {
      nodes: { id: string; type: string; kind: string | null; lat: number | null }[];
      edges: { id: string; source: string; target: string; type: string }[];
    };
  };
  const view = (filter: Record<string, unknown> = {}) =>
    gqlOk<View>(app, 'query($f: GraphFilter){ graph(filter: $f) { nodes { id label type kind lat lon } edges { id source target type formal } } }', {
      f: filter,
    });

  it('returns actors, programmes and their links', async () => {
    const d = await view();
    expect(d.graph.nodes).toHaveLength(7);
    expect(d.graph.edges).toHaveLength(6);
    expect(d.graph.nodes.find((n) => n.id === 'ml_morlaix')).toMatchObject({ type: 'Actor', kind: 'PUBLIC_EMPLOYMENT_SERVICE', lat: 48.5777 });
    expect(new Set(d.graph.edges.map((e) => e.id)).size).toBe(6);
  });

  it('filters by link type and actor kind', async () => {
    const d = await view({ linkTypes: ['OPERATES'] });
    expect(d.graph.edges.map((e) => e.id).sort()).toEqual(['OPERATES:ml_morlaix->cej', 'OPERATES:ofii->CIR']);
    const k = await view({ actorKinds: ['STATE_SERVICE'] });
    expect(k.graph.nodes.map((n) => n.id).sort()).toEqual(['CIR', 'cej', 'ofii']);
  });

  it('filters by territory and barrier', async () => {
    const d = await view({ territoryId: '29019' });
    expect(d.graph.nodes.map((n) => n.id).sort()).toEqual(['CIR', 'caf', 'ccas_brest', 'ofii']);
    const b = await view({ barrierIds: ['EMPLOYMENT_ACCESS'] });
    expect(b.graph.nodes.map((n) => n.id).sort()).toEqual(['cej', 'ml_morlaix']);
  });

  it('adds barrier and territory nodes on demand', async () => {
    const d = await view({ barrierIds: ['CHILDCARE'], include: ['BARRIER', 'TERRITORY'] });
    expect(d.graph.nodes.map((n) => `${n.type}:${n.id}`).sort()).toEqual(['Actor:caf', 'Barrier:BENEFITS_ACCESS', 'Barrier:CHILDCARE', 'Territory:29']);
    expect(d.graph.edges.map((e) => e.id).sort()).toEqual(['ACTIVE_IN:caf->29', 'ADDRESSES:caf->BENEFITS_ACCESS', 'ADDRESSES:caf->CHILDCARE']);
  });

  it('rejects unknown filter ids', async () => {
    const r = await gql(app, '{ graph(filter: { barrierIds: ["X"] }) { nodes { id } } }');
    expect(r.errors?.[0]?.extensions?.argument).toBe('filter.barrierIds[0]');
  });
});
