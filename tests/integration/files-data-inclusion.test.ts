// data·inclusion (format=data-inclusion): structures → actors, services → programmes operated by
// them; thematiques and publics through the reviewed mapping; unmapped codes and territory codes not
// in the cartography are warnings naming the code; a service without its structure is a problem.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { InterchangeDocument } from '../../server/src/import/document.js';
import { exportDocument } from '../../server/src/import/export.js';
import { importDocument } from '../../server/src/import/load.js';
import type { Executor } from '../../server/src/neo4j/executor.js';
import { testApp } from '../helpers/app.js';
import { openTestDb, resetDb } from '../helpers/db.js';

const SAMPLE = 'tests/fixtures/data-inclusion/finistere-sample.json';
const sample = () => JSON.parse(readFileSync(SAMPLE, 'utf8')) as { structures: Record<string, unknown>[]; services: Record<string, unknown>[] };
const small = () => JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8')) as InterchangeDocument;
let db: Executor;
let app: FastifyInstance;

async function upload(body: string | Uint8Array, query: string) {
  const res = await app.inject({
    method: 'POST',
    url: `/api/import?${query}`,
    headers: { 'content-type': 'application/octet-stream' },
    payload: Buffer.from(body),
  });
  return { status: res.statusCode, report: res.json() };
}

beforeAll(async () => {
  db = await openTestDb();
  app = await testApp(db);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});
beforeEach(async () => {
  await resetDb(db);
  expect((await importDocument(db, small(), 'REPLACE')).ok).toBe(true);
});

describe('data·inclusion import', () => {
  it('maps structures, services, thematiques, publics, zones and addresses; warns about every code it cannot map', async () => {
    const { status, report } = await upload(readFileSync(SAMPLE), 'mode=MERGE');
    expect(report.problems).toEqual([]);
    expect(status).toBe(200);
    expect(report.format).toBe('data-inclusion');
    expect(report.created).toBe(2 + 3 + 3);
    expect(report.warnings).toEqual([
      { where: 'structures[1].reseaux_porteurs[1]', message: "réseau « reseau-inconnu » sans correspondance : type d'acteur « Autre »" },
      { where: 'services[0].thematiques[1]', message: 'thématique « equipement-et-alimentation--habillement » sans frein correspondant' },
      { where: 'services[1].publics[1]', message: 'public « demandeurs-emploi » sans public correspondant' },
      { where: 'services[1].zone_eligibilite[1]', message: 'territoire « 99999 » absent de la cartographie' },
      { where: 'services[1].code_insee', message: 'commune « 75056 » absente de la cartographie : lieu du service ignoré' },
    ]);
    const doc = await exportDocument(db);
    expect(doc.actors?.find((a) => a.id === 'di-dora-s1')).toEqual({
      id: 'di-dora-s1',
      name: 'Association Langues et Liens',
      kind: 'ASSOCIATION',
      description: 'Cours de français et accompagnement des personnes exilées',
      website: 'https://langues-liens.example',
      email: 'contact@langues-liens.example',
      phone: '02 98 11 22 33',
      address: '5 rue de Siam, 29200 Brest',
      commune: '29019',
      activeIn: ['242900801', '29019'],
      sources: ['https://dora.inclusion.beta.gouv.fr/structures/langues-liens — mis à jour le 2026-05-02'],
    });
    expect(doc.actors?.find((a) => a.id === 'di-dora-s2')).toMatchObject({
      kind: 'PUBLIC_EMPLOYMENT_SERVICE',
      commune: '29151',
      activeIn: ['29', '29151', '53'],
    });
    expect(doc.programmes?.find((p) => p.id === 'di-dora-v1')).toEqual({
      id: 'di-dora-v1',
      name: 'Ateliers de français',
      kind: 'SPECIALISED',
      description: 'Ateliers sociolinguistiques',
      website: 'https://dora.inclusion.beta.gouv.fr/services/ateliers',
      domains: ['LANGUAGE'],
      addresses: ['FRENCH_LANGUAGE', 'LITERACY'],
      publics: ['ASYLUM_SEEKERS', 'BPI'],
      activeIn: ['242900801', '29019'],
      sites: [{ commune: '29019', address: '12 rue Jean Jaurès, 29200 Brest', hours: 'Tu 14:00-17:00' }],
      sources: ['https://dora.inclusion.beta.gouv.fr/services/ateliers — mis à jour le 2026-05-02'],
    });
    expect(doc.programmes?.find((p) => p.id === 'di-dora-v2')).toMatchObject({
      kind: 'COMMON_LAW',
      addresses: ['DIGITAL_EXCLUSION', 'EMPLOYMENT_ACCESS'],
      publics: ['YOUNG_UNDER_26'],
      activeIn: ['29'],
    });
    expect(doc.programmes?.find((p) => p.id === 'di-dora-v2')?.sites).toBeUndefined();
    // `france`: the cartography's regions.
    expect(doc.programmes?.find((p) => p.id === 'di-dora-v3')).toMatchObject({
      publics: ['GENERAL_PUBLIC'],
      addresses: ['ADMIN_BLOCKAGE', 'BENEFITS_ACCESS'],
      activeIn: ['53'],
    });
    expect(doc.links?.filter((l) => l.from.startsWith('di-')).map((l) => `${l.type}:${l.from}->${l.to}`)).toEqual([
      'OPERATES:di-dora-s1->di-dora-v1',
      'OPERATES:di-dora-s2->di-dora-v2',
      'OPERATES:di-dora-s2->di-dora-v3',
    ]);
  });

  it('reads the same from a ZIP of structures.json and services.json', async () => {
    const s = sample();
    const zip = zipSync({ 'structures.json': strToU8(JSON.stringify(s.structures)), 'services.json': strToU8(JSON.stringify(s.services)) });
    const { status, report } = await upload(zip, 'mode=MERGE&dryRun=true');
    expect(status).toBe(200);
    expect(report).toMatchObject({ ok: true, created: 8, format: 'data-inclusion' });
    expect(report.warnings).toHaveLength(5);
  });

  it('refuses a service whose structure is missing, and writes nothing', async () => {
    const before = await exportDocument(db);
    const s = sample();
    (s.services[2] as Record<string, unknown>).structure_id = 's9';
    const { status, report } = await upload(JSON.stringify(s), 'mode=MERGE&format=data-inclusion');
    expect(status).toBe(400);
    expect(report.problems).toEqual([{ where: 'services[2].structure_id', message: 'structure « s9 » absente du fichier (source « dora »)' }]);
    expect(await exportDocument(db)).toEqual(before);
  });
});
