// The analyses on the Finistère seed (seed/finistere.json), checked for plausibility and
// against the definitions, recomputing what can be recomputed from the rest of the API.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InterchangeDocument } from '../../server/src/import/document.js';
import { gqlOk } from '../helpers/app.js';
import { type AnalysisEnv, loadAnalysisEnv } from './analysis-support.js';

const seed = JSON.parse(readFileSync('seed/finistere.json', 'utf8')) as InterchangeDocument;
let env: AnalysisEnv;
beforeAll(async () => {
  env = await loadAnalysisEnv(seed);
});
afterAll(async () => {
  await env?.close();
});

const byCode = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const sortedBy = <T>(list: T[], key: (t: T) => string) => list.every((x, i) => i === 0 || byCode(key(list[i - 1] as T), key(x)) <= 0);
const undirected = new Map<string, Set<string>>();
for (const l of seed.links ?? []) {
  for (const [x, y] of [
    [l.from, l.to],
    [l.to, l.from],
  ] as const) {
    if (!undirected.has(x)) undirected.set(x, new Set());
    undirected.get(x)?.add(y);
  }
}

describe('analyses on the Finistère seed', () => {
  it('cirArticulation: OFII operates the CIR (distance 1); every path is a real shortest-length path; every actor is listed once', async () => {
    const d = await gqlOk<{
      cirArticulation: {
        linked: { actor: { id: string; name: string }; distance: number; path: string[]; explanation: string }[];
        unlinked: { id: string; name: string }[];
        unlinkedDetails: { distance: number | null }[];
      };
    }>(env.app, '{ cirArticulation { linked { actor { id name } distance path explanation } unlinked { id name } unlinkedDetails { distance } } }');
    const { linked, unlinked, unlinkedDetails } = d.cirArticulation;
    const ofii = linked.find((l) => l.actor.id === 'ofii');
    expect(ofii).toMatchObject({ distance: 1, path: ['ofii', 'CIR'] });
    expect(ofii?.explanation).toMatch(/^Distance 1 : OFII .* opère CIR/);
    for (const l of linked) {
      expect(l.distance).toBeGreaterThanOrEqual(1);
      expect(l.distance).toBeLessThanOrEqual(2);
      expect(l.path).toHaveLength(l.distance + 1);
      expect([l.path[0], l.path.at(-1)]).toEqual([l.actor.id, 'CIR']);
      l.path.slice(1).forEach((id, i) => {
        expect(undirected.get(l.path[i] as string)?.has(id)).toBe(true);
      });
    }
    // A distance-2 actor has no direct link to the CIR.
    for (const l of linked.filter((x) => x.distance === 2)) expect(undirected.get(l.actor.id)?.has('CIR') ?? false).toBe(false);
    expect(linked.map((l) => l.distance)).toEqual([...linked.map((l) => l.distance)].sort((x, y) => x - y));
    expect(sortedBy(unlinked, (a) => a.name)).toBe(true);
    expect(unlinkedDetails.every((u) => u.distance === null || u.distance > 2)).toBe(true);
    const all = [...linked.map((l) => l.actor.id), ...unlinked.map((a) => a.id)];
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(seed.actors?.length);
  });

  it('barrierCoverage: who lifts access to employment in Brest, with contact details', async () => {
    const d = await gqlOk<{
      barrierCoverage: {
        actors: {
          scope: string;
          actor: { id: string; name: string; email: string | null; phone: string | null; website: string | null };
          explanation: string;
        }[];
      };
    }>(
      env.app,
      '{ barrierCoverage(barrierId: "EMPLOYMENT_ACCESS", territoryId: "29019") { actors { scope explanation actor { id name email phone website } } } }',
    );
    const actors = d.barrierCoverage.actors;
    expect(actors.length).toBeGreaterThan(3);
    const firstPartial = actors.findIndex((a) => a.scope === 'PARTIAL');
    if (firstPartial >= 0) expect(actors.slice(firstPartial).every((a) => a.scope === 'PARTIAL')).toBe(true);
    const full = actors.filter((a) => a.scope === 'FULL');
    expect(sortedBy(full, (a) => a.actor.name)).toBe(true);
    expect(full.length).toBeGreaterThan(0);
    for (const a of actors) expect(a.explanation.startsWith(`${a.actor.name} couvre le frein «\u00a0Accès à l'emploi, métiers en tension\u00a0»`)).toBe(true);
    expect(actors.some((a) => a.actor.email || a.actor.phone || a.actor.website)).toBe(true);
  });

  it('programmeOverlaps: each score is J × public recomputed from the programmes, pairs once, highest first', async () => {
    const d = await gqlOk<{
      programmeOverlaps: {
        a: { id: string; name: string; addresses: { id: string }[]; publics: { id: string }[] };
        b: { id: string; name: string; addresses: { id: string }[]; publics: { id: string }[] };
        score: number;
        sharedBarriers: { id: string }[];
        sharedTerritories: { id: string }[];
      }[];
    }>(
      env.app,
      `{ programmeOverlaps { score sharedBarriers { id } sharedTerritories { id }
          a { id name addresses { id } publics { id } } b { id name addresses { id } publics { id } } } }`,
    );
    const list = d.programmeOverlaps;
    expect(list.length).toBeGreaterThan(0);
    const BPI_GROUPS = ['BPI_IN_DNA', 'BPI_OUTSIDE_DNA'];
    for (const o of list) {
      const A = o.a.addresses.map((x) => x.id);
      const B = o.b.addresses.map((x) => x.id);
      const shared = A.filter((x) => B.includes(x));
      const jaccard = shared.length / new Set([...A, ...B]).size;
      const pa = o.a.publics.map((x) => x.id);
      const pb = o.b.publics.map((x) => x.id);
      const sharesPublic = pa.some(
        (u) => pb.includes(u) || (u === 'BPI' && pb.some((v) => BPI_GROUPS.includes(v))) || (BPI_GROUPS.includes(u) && pb.includes('BPI')),
      );
      const pub = sharesPublic ? 1 : pa.includes('GENERAL_PUBLIC') !== pb.includes('GENERAL_PUBLIC') ? 0.5 : 0;
      expect(o.score).toBeCloseTo(jaccard * pub, 10);
      expect(o.score).toBeGreaterThanOrEqual(0.3);
      expect(o.sharedBarriers.map((x) => x.id).sort()).toEqual(shared.sort());
      expect(o.sharedTerritories.length).toBeGreaterThan(0);
      expect(byCode(o.a.name, o.b.name)).toBeLessThanOrEqual(0);
    }
    const keys = list.map((o) => [o.a.id, o.b.id].sort().join('|'));
    expect(new Set(keys).size).toBe(keys.length);
    expect(list.map((o) => o.score)).toEqual([...list.map((o) => o.score)].sort((x, y) => y - x));
  });

  it('informationGaps: co-involved pairs without any information sharing, strongest first', async () => {
    const d = await gqlOk<{
      informationGaps: {
        a: { id: string };
        b: { id: string };
        strength: number;
        reasons: string[];
        reasonDetails: { kind: string; programme: { id: string } | null }[];
      }[];
    }>(env.app, '{ informationGaps { a { id } b { id } strength reasons reasonDetails { kind programme { id } } } }');
    const list = d.informationGaps;
    expect(list.length).toBeGreaterThan(0);
    const links = seed.links ?? [];
    const between = (x: string, y: string, types: string[]) =>
      links.filter((l) => types.includes(l.type) && ((l.from === x && l.to === y) || (l.from === y && l.to === x)));
    const roles = (actor: string, programme: string) =>
      links.filter((l) => l.from === actor && l.to === programme && ['OPERATES', 'FUNDS', 'PRESCRIBES'].includes(l.type));
    for (const g of list) {
      expect(between(g.a.id, g.b.id, ['SHARES_INFO_WITH'])).toEqual([]);
      expect(g.strength).toBe(g.reasons.length);
      for (const r of g.reasonDetails) {
        if (r.kind === 'PROGRAMME') {
          expect(roles(g.a.id, r.programme?.id ?? '').length).toBeGreaterThan(0);
          expect(roles(g.b.id, r.programme?.id ?? '').length).toBeGreaterThan(0);
        } else expect(between(g.a.id, g.b.id, [r.kind === 'REFERRAL' ? 'REFERS_TO' : 'PARTNERS_WITH']).length).toBeGreaterThan(0);
      }
    }
    expect(list.map((g) => g.strength)).toEqual([...list.map((g) => g.strength)].sort((x, y) => y - x));
  });

  it('coverageGaps: actorCount agrees with barrierCoverage, shares between 0 and 1, ordered by reachedShare then name when there is no BPI count', async () => {
    const full = async (barrierId: string, territoryId: string) => {
      const c = await gqlOk<{ barrierCoverage: { actors: { scope: string }[] } }>(
        env.app,
        'query($b: ID!, $t: ID) { barrierCoverage(barrierId: $b, territoryId: $t) { actors { scope } } }',
        { b: barrierId, t: territoryId },
      );
      return c.barrierCoverage.actors.filter((a) => a.scope === 'FULL').length;
    };
    const gaps = async (level: string) =>
      (
        await gqlOk<{
          coverageGaps: {
            territory: { id: string; name: string };
            barrier: { id: string };
            bpiCount: number | null;
            actorCount: number;
            reachedShare: number;
          }[];
        }>(env.app, 'query($l: TerritoryLevel!) { coverageGaps(level: $l) { territory { id name } barrier { id } bpiCount actorCount reachedShare } }', {
          l: level,
        })
      ).coverageGaps;
    for (const level of ['REGION', 'EPCI', 'COMMUNE']) {
      const list = await gaps(level);
      expect(list.length).toBeGreaterThan(0);
      expect(list.every((g) => g.bpiCount === null)).toBe(true); // the seed has no BPI_COUNT statistic
      expect(list.every((g) => g.reachedShare >= 0 && g.reachedShare < 1)).toBe(true);
      // Ordered by reachedShare, then territory name.
      for (let i = 1; i < list.length; i++) {
        const [x, y] = [list[i - 1], list[i]] as [(typeof list)[number], (typeof list)[number]];
        expect(x.reachedShare < y.reachedShare || (x.reachedShare === y.reachedShare && byCode(x.territory.name, y.territory.name) <= 0)).toBe(true);
      }
      // A sample of gaps, spread over the list: actorCount is the number of FULL actors.
      for (const g of list.filter((_, i) => i % Math.ceil(list.length / 6) === 0)) expect(await full(g.barrier.id, g.territory.id)).toBe(g.actorCount);
    }
  });
});
