// The explorer at national scale (issue 14, level of detail): graphOverview's groups and group
// edges against direct Cypher counts on a synthetic cartography of 10 departments, and
// graphGroupMembers against the same membership counted directly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCartography } from '../../bench/generate.js';
import { gql, gqlOk } from '../helpers/app.js';
import { type AnalysisEnv, loadAnalysisEnv } from './analysis-support.js';

interface Group {
  id: string;
  name: string;
  level: string;
  lat: number | null;
  actorCount: number;
  programmeCount: number;
  actorKinds: { kind: string; count: number }[];
  programmeKinds: { kind: string; count: number }[];
}
interface Overview {
  level: string | null;
  groups: Group[];
  edges: { source: string; target: string; type: string; links: number }[];
}
const OVERVIEW = `query($t: ID, $level: TerritoryLevel) { graphOverview(territoryId: $t, level: $level) {
  level groups { id name level lat actorCount programmeCount actorKinds { kind count } programmeKinds { kind count } }
  edges { source target type links } } }`;

// Membership written again, independently of the query under test: the actor's commune lies in
// the group, or it has no commune and is active in the group or below it.
const ACTORS_OF = `
  MATCH (g:Territory {id: $g}), (a:Actor)
  WHERE (a.commune IS NOT NULL AND EXISTS { MATCH (:Territory {id: a.commune})-[:PART_OF*0..]->(g) })
     OR (a.commune IS NULL AND EXISTS { MATCH (a)-[:ACTIVE_IN]->(:Territory)-[:PART_OF*0..]->(g) })
  RETURN a.id AS id, a.kind AS kind`;
const PROGRAMMES_OF = `
  MATCH (g:Territory {id: $g}), (p:Programme)
  WHERE EXISTS { MATCH (p)-[:ACTIVE_IN]->(:Territory)-[:PART_OF*0..]->(g) }
     OR (NOT EXISTS { (p)-[:ACTIVE_IN]->() } AND EXISTS {
           MATCH (a:Actor)-[:OPERATES]->(p)
           WHERE (a.commune IS NOT NULL AND EXISTS { MATCH (:Territory {id: a.commune})-[:PART_OF*0..]->(g) })
              OR (a.commune IS NULL AND EXISTS { MATCH (a)-[:ACTIVE_IN]->(:Territory)-[:PART_OF*0..]->(g) }) })
  RETURN p.id AS id, p.kind AS kind`;

describe('graphOverview and graphGroupMembers (level of detail)', () => {
  let env: AnalysisEnv;
  const cypher = async (q: string, params: Record<string, unknown> = {}) => {
    const session = env.db.driver.session();
    try {
      return (await session.run(q, params)).records.map((r) => r.toObject() as Record<string, unknown>);
    } finally {
      await session.close();
    }
  };
  const members = async (g: string) => ({ actors: await cypher(ACTORS_OF, { g }), programmes: await cypher(PROGRAMMES_OF, { g }) });
  const byKind = (rows: Record<string, unknown>[]) => {
    const m = new Map<string, number>();
    for (const r of rows) m.set(String(r.kind), (m.get(String(r.kind)) ?? 0) + 1);
    return [...m].map(([kind, count]) => ({ kind, count })).sort((a, b) => a.kind.localeCompare(b.kind));
  };

  beforeAll(async () => {
    env = await loadAnalysisEnv(generateCartography({ departments: 10, seed: 7 }));
    // Links across departments (the generator keeps links inside each department, but for the CIR):
    await cypher(`
      MATCH (a:Actor {id: 'D01-A030'}), (b:Actor {id: 'D02-A031'}), (c:Actor {id: 'D01-A032'}), (p:Programme {id: 'D03-P01'}), (q:Programme {id: 'D02-P02'})
      CREATE (a)-[:PARTNERS_WITH {sources: ['test']}]->(b), (c)-[:PARTNERS_WITH {sources: ['test']}]->(b),
             (a)-[:FUNDS {sources: ['test']}]->(p), (b)-[:PRESCRIBES {sources: ['test']}]->(q)`);
  }, 240_000);
  afterAll(async () => {
    await env?.close();
  });

  it('the country: one group per department, counts by kind equal to a direct count', async () => {
    const o = (await gqlOk<{ graphOverview: Overview }>(env.app, OVERVIEW)).graphOverview;
    expect(o.level).toBe('DEPARTMENT');
    expect(o.groups.map((g) => g.id)).toEqual(['D01', 'D02', 'D03', 'D04', 'D05', 'D06', 'D07', 'D08', 'D09', 'D10']);
    for (const g of o.groups) {
      const m = await members(g.id);
      expect(g.actorCount, g.id).toBe(m.actors.length);
      expect(g.programmeCount, g.id).toBe(m.programmes.length);
      expect(g.actorKinds).toEqual(byKind(m.actors));
      expect(g.programmeKinds).toEqual(byKind(m.programmes));
      expect(g.lat).not.toBeNull(); // the centre of its communes (the synthetic departments have no coordinates)
    }
    // 97 actors with a commune and the OFII, every department
    expect(o.groups[0]?.actorCount).toBe(98);
  });

  it('group edges: links between members of two groups, by type, as counted directly', async () => {
    const o = (await gqlOk<{ graphOverview: Overview }>(env.app, OVERVIEW)).graphOverview;
    const expected: { source: string; target: string; type: string; links: number }[] = [];
    const sets = new Map<string, Set<string>>();
    for (const g of o.groups) {
      const m = await members(g.id);
      sets.set(g.id, new Set([...m.actors, ...m.programmes].map((r) => String(r.id))));
    }
    const links = await cypher(
      'MATCH (a:Actor)-[r:OPERATES|FUNDS|PRESCRIBES|PARTNERS_WITH|REFERS_TO|SHARES_INFO_WITH]->(b) RETURN a.id AS a, b.id AS b, type(r) AS type',
    );
    const count = new Map<string, number>();
    for (const l of links) {
      for (const [gs, s] of sets) {
        if (!s.has(String(l.a)) || s.has(String(l.b))) continue;
        for (const [gt, t] of sets) if (gt !== gs && t.has(String(l.b))) count.set(`${gs}|${gt}|${l.type}`, (count.get(`${gs}|${gt}|${l.type}`) ?? 0) + 1);
      }
    }
    for (const [k, links] of count) {
      const [source, target, type] = k.split('|') as [string, string, string];
      expected.push({ source, target, type, links });
    }
    const key = (e: { source: string; target: string; type: string }) => `${e.source}|${e.target}|${e.type}`;
    const sort = <T extends { source: string; target: string; type: string }>(l: T[]) => [...l].sort((x, y) => key(x).localeCompare(key(y)));
    expect(sort(o.edges)).toEqual(sort(expected));
    // the links written above, and nothing through the national CIR (a member of every group)
    expect(sort(o.edges)).toEqual([
      { source: 'D01', target: 'D02', type: 'PARTNERS_WITH', links: 2 },
      { source: 'D01', target: 'D03', type: 'FUNDS', links: 1 },
    ]);
  });

  it('a department: one group per EPCI, and a region: its departments', async () => {
    const o = (await gqlOk<{ graphOverview: Overview }>(env.app, OVERVIEW, { t: 'D02' })).graphOverview;
    expect(o.level).toBe('EPCI');
    expect(o.groups).toHaveLength(21);
    for (const g of o.groups.slice(0, 4)) {
      const m = await members(g.id);
      expect(g.actorCount, g.id).toBe(m.actors.length);
      expect(g.programmeCount, g.id).toBe(m.programmes.length);
    }
    const total = o.groups.reduce((s, g) => s + g.actorCount, 0);
    const withCommune = await cypher("MATCH (a:Actor) WHERE a.id STARTS WITH 'D02-' AND a.commune IS NOT NULL RETURN count(a) AS n");
    expect(total).toBe(withCommune[0]?.n);
    const r = (await gqlOk<{ graphOverview: Overview }>(env.app, OVERVIEW, { t: 'R01' })).graphOverview;
    expect(r.groups.map((g) => g.id)).toEqual(['D01', 'D02', 'D03', 'D04']);
  });

  it('graphGroupMembers: the same members, with the links touching them', async () => {
    const d = (
      await gqlOk<{ graphGroupMembers: { nodes: { id: string; type: string }[]; edges: { source: string; target: string; type: string }[] } }>(
        env.app,
        '{ graphGroupMembers(territoryId: "D01") { nodes { id type } edges { source target type } } }',
      )
    ).graphGroupMembers;
    const m = await members('D01');
    expect(
      d.nodes
        .filter((n) => n.type === 'Actor')
        .map((n) => n.id)
        .sort(),
    ).toEqual(m.actors.map((r) => String(r.id)).sort());
    expect(
      d.nodes
        .filter((n) => n.type === 'Programme')
        .map((n) => n.id)
        .sort(),
    ).toEqual(m.programmes.map((r) => String(r.id)).sort());
    expect(d.edges).toContainEqual({ source: 'D01-A030', target: 'D02-A031', type: 'PARTNERS_WITH' });
  });

  it('refuses an unknown territory and a level that is not below the scope, naming the argument', async () => {
    const r1 = await gql(env.app, OVERVIEW, { t: 'nowhere' });
    expect(r1.errors?.[0]?.extensions?.argument).toBe('territoryId');
    const r2 = await gql(env.app, OVERVIEW, { t: 'D01', level: 'REGION' });
    expect(r2.errors?.[0]?.extensions?.argument).toBe('level');
    const r3 = await gql(env.app, '{ graphGroupMembers(territoryId: "nowhere") { nodes { id } } }');
    expect(r3.errors?.[0]?.extensions?.argument).toBe('territoryId');
  });
});
