// Statistics through the API (issue 13): import → read with secrecy → export → import again gives
// back the stored values, and the API still answers « < 5 » for the small figures (docs/adr/011).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocument } from '../../server/src/import/export.js';
import { importDocument } from '../../server/src/import/load.js';
import type { Executor } from '../../server/src/neo4j/executor.js';
import { gql, gqlOk, testApp } from '../helpers/app.js';
import { openTestDb, resetDb } from '../helpers/db.js';

let db: Executor;
let app: FastifyInstance;

const doc = {
  format: 'agir-cartography' as const,
  version: 1 as const,
  title: 'Statistiques',
  territories: [
    { id: '29', name: 'Finistère', level: 'DEPARTMENT' },
    { id: '200067072', name: 'CC Haut-Léon Communauté', level: 'EPCI', partOf: ['29'] },
    { id: '29151', name: 'Morlaix', level: 'COMMUNE', partOf: ['29'] },
    { id: '29232', name: 'Quimper', level: 'COMMUNE', partOf: ['29'] },
  ],
  statistics: [
    { territory: '29', indicator: 'BPI_COUNT', year: 2023, value: 3, source: 'OFII' },
    { territory: '29151', indicator: 'BPI_COUNT', year: 2022, value: 40, source: 'OFII' },
    { territory: '29151', indicator: 'BPI_COUNT', year: 2023, value: 3, source: 'OFII' },
    { territory: '29232', indicator: 'BPI_COUNT', year: 2023, value: 57, source: 'OFII' },
    { territory: '29232', indicator: 'BPI_COUNTRY:AFG', year: 2023, value: 12 },
    { territory: '200067072', indicator: 'BPI_WOMEN', year: 2023, value: 4 },
    { territory: '29232', indicator: 'UNEMPLOYMENT_RATE_PCT', year: 2023, value: 2.5 },
  ],
};

const Q = `query ($t: ID, $i: String, $y: Int, $latest: Boolean) {
  statistics(territoryId: $t, indicator: $i, year: $y, latest: $latest) { territoryId indicator label year value display secret source }
}`;
type Row = {
  territoryId: string;
  indicator: string;
  label: string;
  year: number | null;
  value: number | null;
  display: string;
  secret: boolean;
  source: string | null;
};

beforeAll(async () => {
  db = await openTestDb();
  await resetDb(db);
  app = await testApp(db);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

async function checkSecrecy() {
  const all = (await gqlOk<{ statistics: Row[] }>(app, Q)).statistics;
  expect(all).toHaveLength(doc.statistics.length);
  const find = (t: string, i: string, y: number) => all.find((r) => r.territoryId === t && r.indicator === i && r.year === y);
  expect(find('29151', 'BPI_COUNT', 2023)).toMatchObject({ value: null, display: '< 5', secret: true, source: 'OFII' });
  expect(find('29151', 'BPI_COUNT', 2022)).toMatchObject({ value: 40, display: '40', secret: false });
  expect(find('200067072', 'BPI_WOMEN', 2023)).toMatchObject({ value: null, display: '< 5', secret: true, label: 'Femmes' });
  // the department is never secret, nor is a rate
  expect(find('29', 'BPI_COUNT', 2023)).toMatchObject({ value: 3, display: '3', secret: false });
  expect(find('29232', 'UNEMPLOYMENT_RATE_PCT', 2023)).toMatchObject({ value: 2.5, display: '2,5', secret: false });
  expect(find('29232', 'BPI_COUNTRY:AFG', 2023)?.label).toBe('Pays d’origine : Afghanistan');
}

describe('statistics', () => {
  it('imports, answers with secrecy, exports the stored values and restores identically', async () => {
    const r = await importDocument(db, doc, 'REPLACE');
    expect(r.problems).toEqual([]);
    await checkSecrecy();

    const exported = await exportDocument(db);
    const key = (s: { territory: string; indicator: string; year?: number }) => `${s.territory}|${s.indicator}|${s.year}`;
    const sort = <T extends { territory: string; indicator: string; year?: number }>(l: T[]) => [...l].sort((a, b) => key(a).localeCompare(key(b)));
    // the backup keeps the stored value (3, not « < 5 »)
    expect(sort(exported.statistics ?? [])).toEqual(sort(doc.statistics));

    await resetDb(db);
    expect((await gqlOk<{ statistics: Row[] }>(app, Q)).statistics).toEqual([]);
    expect((await importDocument(db, exported, 'REPLACE')).problems).toEqual([]);
    await checkSecrecy();
    expect(sort((await exportDocument(db)).statistics ?? [])).toEqual(sort(doc.statistics));
  });

  it('filters by territory, indicator family, year and latest, and reads them on territories', async () => {
    const latest = (await gqlOk<{ statistics: Row[] }>(app, Q, { t: '29151', i: 'BPI_COUNT', latest: true })).statistics;
    expect(latest.map((r) => [r.year, r.display])).toEqual([[2023, '< 5']]);
    expect((await gqlOk<{ statistics: Row[] }>(app, Q, { i: 'BPI_COUNTRY:' })).statistics.map((r) => r.territoryId)).toEqual(['29232']);
    expect((await gqlOk<{ statistics: Row[] }>(app, Q, { y: 2022 })).statistics).toHaveLength(1);

    const t = await gqlOk<{ territories: { id: string; bpiCount: Row | null; statistics: Row[] }[] }>(
      app,
      `{ territories(level: COMMUNE) { id bpiCount { value display secret year } statistics(indicator: "BPI_COUNT") { year display } } }`,
    );
    const morlaix = t.territories.find((x) => x.id === '29151');
    expect(morlaix?.bpiCount).toMatchObject({ value: null, display: '< 5', secret: true, year: 2023 });
    expect(morlaix?.statistics.map((s) => s.year)).toEqual([2022, 2023]);
    expect(t.territories.find((x) => x.id === '29232')?.bpiCount?.value).toBe(57);

    const ind = await gqlOk<{ statisticIndicators: { indicator: string; territories: number; latestYear: number }[] }>(
      app,
      '{ statisticIndicators { indicator territories latestYear } }',
    );
    expect(ind.statisticIndicators.find((i) => i.indicator === 'BPI_COUNT')).toEqual({ indicator: 'BPI_COUNT', territories: 3, latestYear: 2023 });
  });

  it('keeps the secret in the zones blanches too', async () => {
    const r = await gqlOk<{ coverageGaps: { territory: { id: string }; bpiCount: number | null; bpiDisplay: string | null; explanation: string }[] }>(
      app,
      '{ coverageGaps(level: COMMUNE, barrierIds: ["TRANSPORT"]) { territory { id } bpiCount bpiDisplay explanation } }',
    );
    const morlaix = r.coverageGaps.find((g) => g.territory.id === '29151');
    expect(morlaix).toMatchObject({ bpiCount: null, bpiDisplay: '< 5' });
    expect(morlaix?.explanation).toContain('< 5 BPI');
    expect(morlaix?.explanation).not.toMatch(/\b3 BPI/);
    expect(r.coverageGaps.find((g) => g.territory.id === '29232')).toMatchObject({ bpiCount: 57, bpiDisplay: '57' });
  });

  it('names the wrong argument', async () => {
    const r = await gql(app, Q, { t: 'nowhere' });
    expect(r.errors?.[0]?.message).toMatch(/territoryId/);
    const long = await gql(app, Q, { i: 'X'.repeat(201) });
    expect(long.errors?.[0]?.message).toMatch(/indicator/);
  });
});
