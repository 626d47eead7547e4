// National lists that page (issue 14): programmeOverlapPage, informationGapPage and
// coverageGapPage give the same rows as the contract's lists, page after page, with totalCount
// and cursors; information gaps of a programme with more than 20 participants are summarised.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, gqlOk } from '../helpers/app.js';
import { type AnalysisEnv, analysisFixture, loadAnalysisEnv } from './analysis-support.js';

interface PageOf<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every page of a `…Page` field, following the cursors. */
async function allPages<T>(env: AnalysisEnv, field: string, args: string, selection: string, limit: number) {
  const pages: PageOf<T>[] = [];
  let after: string | null = null;
  for (;;) {
    const d: Record<string, PageOf<T>> = await gqlOk(
      env.app,
      `query($after: String) { p: ${field}(${args ? `${args}, ` : ''}limit: ${limit}, after: $after) { nodes { ${selection} } totalCount pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    const page = d.p as PageOf<T>;
    pages.push(page);
    if (!page.pageInfo.hasNextPage) return pages;
    after = page.pageInfo.endCursor;
    if (pages.length > 50) throw new Error('too many pages');
  }
}

describe('pages of the analyses', () => {
  let env: AnalysisEnv | undefined;
  const open = async (fixture: string) => {
    await env?.close();
    env = await loadAnalysisEnv(analysisFixture(fixture));
    return env;
  };
  afterAll(async () => {
    await env?.close();
  });

  it('programmeOverlapPage: the list in pages of 4, with its total', async () => {
    const env = await open('overlaps');
    const list = (await gqlOk<{ programmeOverlaps: { a: { id: string }; b: { id: string } }[] }>(env.app, '{ programmeOverlaps { a { id } b { id } } }'))
      .programmeOverlaps;
    expect(list).toHaveLength(11);
    const pages = await allPages<{ a: { id: string }; b: { id: string } }>(env, 'programmeOverlapPage', '', 'a { id } b { id }', 4);
    expect(pages.map((p) => p.nodes.length)).toEqual([4, 4, 3]);
    expect(pages.flatMap((p) => p.nodes)).toEqual(list);
    expect(pages.map((p) => p.totalCount)).toEqual([11, 11, 11]);
    expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
    // The list field takes the same cursor; the default page holds every row here (100 by default).
    const cursor = pages[0]?.pageInfo.endCursor;
    const rest = await gqlOk<{ programmeOverlaps: unknown[]; programmeOverlapPage: { nodes: unknown[]; pageInfo: { hasNextPage: boolean } } }>(
      env.app,
      'query($c: String) { programmeOverlaps(after: $c) { a { id } b { id } } programmeOverlapPage { nodes { score } pageInfo { hasNextPage } } }',
      { c: cursor },
    );
    expect(rest.programmeOverlaps).toEqual(list.slice(4));
    expect(rest.programmeOverlapPage.nodes).toHaveLength(11);
    expect(rest.programmeOverlapPage.pageInfo.hasNextPage).toBe(false);
  });

  it('informationGapPage: pages of 3', async () => {
    const env = await open('network');
    const list = (await gqlOk<{ informationGaps: { a: { id: string }; b: { id: string } }[] }>(env.app, '{ informationGaps { a { id } b { id } } }'))
      .informationGaps;
    const pages = await allPages<{ a: { id: string }; b: { id: string } }>(env, 'informationGapPage', '', 'a { id } b { id }', 3);
    expect(pages.map((p) => p.nodes.length)).toEqual([3, 3, 1]);
    expect(pages.flatMap((p) => p.nodes)).toEqual(list);
    expect(pages[0]?.totalCount).toBe(7);
  });

  it('coverageGapPage: pages of 20 over 68 rows; totalCount counts the whole list when asked', async () => {
    const env = await open('coverage');
    const list = (
      await gqlOk<{ coverageGaps: { territory: { id: string }; barrier: { id: string } }[] }>(
        env.app,
        '{ coverageGaps(level: COMMUNE) { territory { id } barrier { id } } }',
      )
    ).coverageGaps;
    expect(list).toHaveLength(68);
    const pages = await allPages<{ territory: { id: string }; barrier: { id: string } }>(
      env,
      'coverageGapPage',
      'level: COMMUNE',
      'territory { id } barrier { id }',
      20,
    );
    expect(pages.map((p) => p.nodes.length)).toEqual([20, 20, 20, 8]);
    expect(pages.flatMap((p) => p.nodes)).toEqual(list);
    expect(pages.map((p) => p.totalCount)).toEqual([68, 68, 68, 68]);
    const scoped = await allPages(env, 'coverageGapPage', 'level: COMMUNE, territoryId: "E_SUD", barrierIds: ["CHILDCARE", "TRANSPORT"]', 'bpiCount', 3);
    expect(scoped.map((p) => p.nodes.length)).toEqual([3, 1]);
  });

  it('rejects a cursor it did not give, and a limit out of range, naming the argument', async () => {
    const env = await open('coverage');
    for (const field of ['coverageGapPage(level: COMMUNE', 'programmeOverlapPage(minScore: 0.3', 'informationGapPage(minStrength: 1']) {
      const r = await gql(env.app, `{ p: ${field}, after: "not-a-cursor") { totalCount } }`);
      expect(r.errors?.[0]?.message).toBe('after: not a cursor returned by this API');
      const l = await gql(env.app, `{ p: ${field}, limit: 0) { totalCount } }`);
      expect(l.errors?.[0]?.message).toBe('limit: must be between 1 and 100000 (got 0)');
    }
  });
});

describe('information gaps of a large programme', () => {
  // 21 actors operate « Grand programme »; L01 and L02 are also partners; L03 and L04 share
  // information. L01–L03 work in D29, the others in D22.
  const actors = Array.from({ length: 21 }, (_, i) => {
    const id = `L${String(i + 1).padStart(2, '0')}`;
    return { id, name: `Acteur ${id}`, kind: 'ASSOCIATION', activeIn: [i < 3 ? 'D29' : 'D22'] };
  });
  const doc = {
    format: 'agir-cartography',
    version: 1,
    territories: [
      { id: 'R53', name: 'Région Test', level: 'REGION' },
      { id: 'D29', name: 'Département Test', level: 'DEPARTMENT', partOf: ['R53'] },
      { id: 'D22', name: 'Autre Département', level: 'DEPARTMENT', partOf: ['R53'] },
    ],
    actors,
    programmes: [{ id: 'grand', name: 'Grand programme', kind: 'GLOBAL_SUPPORT', publics: ['BPI'] }],
    links: [
      ...actors.map((a) => ({ type: 'OPERATES', from: a.id, to: 'grand' })),
      { type: 'PARTNERS_WITH', from: 'L01', to: 'L02' },
      { type: 'SHARES_INFO_WITH', from: 'L03', to: 'L04' },
    ],
  };
  let env: AnalysisEnv;
  beforeAll(async () => {
    env = await loadAnalysisEnv(doc);
  });
  afterAll(async () => {
    await env?.close();
  });

  const QUERY = `query($t: ID, $a: ID) { informationGapPage(territoryId: $t, actorId: $a) {
    totalCount nodes { a { id } b { id } strength reasons }
    largeProgrammes { programme { id } participants actorsWithoutExchange pairsWithoutExchange explanation } } }`;
  interface Answer {
    informationGapPage: {
      totalCount: number;
      nodes: { a: { id: string }; b: { id: string }; strength: number; reasons: string[] }[];
      largeProgrammes: { programme: { id: string }; participants: number; actorsWithoutExchange: number; pairsWithoutExchange: number; explanation: string }[];
    };
  }

  it('gives one line for the programme instead of 210 pairs; it stays a reason of the pairs co-involved otherwise', async () => {
    const d = (await gqlOk<Answer>(env.app, QUERY)).informationGapPage;
    expect(d.nodes.map((g) => [g.a.id, g.b.id, g.strength])).toEqual([['L01', 'L02', 2]]);
    expect(d.nodes[0]?.reasons).toEqual(['opèrent tous deux le programme Grand programme', 'partenaires']);
    expect(d.totalCount).toBe(1);
    // 21 participants, 210 pairs of which L03–L04 exchange: 209; each lacks an exchange with someone.
    expect(d.largeProgrammes.map((l) => [l.programme.id, l.participants, l.actorsWithoutExchange, l.pairsWithoutExchange])).toEqual([['grand', 21, 21, 209]]);
    expect(d.largeProgrammes[0]?.explanation).toBe(
      '«\u00a0Grand programme\u00a0» : 21 acteurs co-impliqués sans échange, sur 21 participants (209 paires sans échange d’information ; dispositif de plus de 20 participants, résumé plutôt que listé paire par paire).',
    );
    const list = await gqlOk<{ informationGaps: unknown[] }>(env.app, '{ informationGaps { strength } }');
    expect(list.informationGaps).toHaveLength(1);
  });

  it('in one department the programme has three participants there: its pairs are listed (the answer does not depend on the rest of the country)', async () => {
    const d = (await gqlOk<Answer>(env.app, QUERY, { t: 'D29' })).informationGapPage;
    expect(d.nodes.map((g) => [g.a.id, g.b.id, g.strength])).toEqual([
      ['L01', 'L02', 2],
      ['L01', 'L03', 1],
      ['L02', 'L03', 1],
    ]);
    expect(d.largeProgrammes).toEqual([]);
  });

  it('an actor’s gaps: its pairs, and the large programmes it takes part in', async () => {
    const d = (await gqlOk<Answer>(env.app, QUERY, { a: 'L05' })).informationGapPage;
    expect(d.nodes).toEqual([]);
    expect(d.largeProgrammes.map((l) => l.programme.id)).toEqual(['grand']);
  });
});
