// Interview sheets: what the cartography holds about an actor, with sources and « à confirmer », and
// the questions to ask; printable page and XLSX.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InterchangeDocument } from '../../server/src/import/document.js';
import { importDocument } from '../../server/src/import/load.js';
import type { Executor } from '../../server/src/neo4j/executor.js';
import { testApp } from '../helpers/app.js';
import { openTestDb, resetDb } from '../helpers/db.js';

let db: Executor;
let app: FastifyInstance;

beforeAll(async () => {
  db = await openTestDb();
  await resetDb(db);
  const doc = JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8')) as InterchangeDocument;
  // A source that is not certain.
  const caf = doc.actors?.find((a) => a.id === 'caf');
  if (caf) caf.sources = ['caf.fr', 'entretien, à confirmer'];
  expect((await importDocument(db, doc, 'REPLACE')).ok).toBe(true);
  app = await testApp(db);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('interview sheets', () => {
  it('the printable page of one actor: facts with sources, « à confirmer », co-involvement and relations to check', async () => {
    const res = await app.inject({ method: 'GET', url: '/fiches-entretien?acteur=ofii' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = res.body;
    expect(html).toContain('<h1>Fiche d’entretien — OFII</h1>');
    expect(html).toContain('porte « Contrat d&#39;intégration républicaine »'.replace('&#39;', "'"));
    expect(html).toContain("oriente vers « Contrat d'engagement jeune » (orientation des jeunes signataires)");
    // The mission locale also operates the CEJ, and no information sharing with the OFII is recorded.
    expect(html).toContain(
      "Vous êtes tous deux impliqués dans « Contrat d'engagement jeune » avec « Mission locale du Pays de Morlaix » : échangez-vous de l'information sur les personnes suivies ?",
    );
    expect(html).toContain('@page{size:A4');
    expect(html.match(/<section class="sheet">/g)).toHaveLength(1);
  });

  it('marks facts whose source says « à confirmer » and asks about them', async () => {
    const html = (await app.inject({ method: 'GET', url: '/fiches-entretien?acteur=caf' })).body;
    expect(html).toMatch(/<tr class="confirm"><td>Type<\/td><td>Organisme de protection sociale \(CAF, CPAM, MSA\) <strong>\(à confirmer\)<\/strong>/);
    expect(html).toContain('À confirmer — Type : Organisme de protection sociale (CAF, CPAM, MSA)');
    expect(html).toContain('partenaire de « CCAS de Brest » (formalisée)');
  });

  it('all actors in one page and one workbook; an unknown actor is a 404', async () => {
    const all = (await app.inject({ method: 'GET', url: '/fiches-entretien' })).body;
    expect(all.match(/<section class="sheet">/g)).toHaveLength(5);
    const res = await app.inject({ method: 'GET', url: '/api/interview-sheets.xlsx' });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const questions = wb.getWorksheet('questions') as ExcelJS.Worksheet;
    const actorsAsked = new Set<string>();
    questions.eachRow((row, n) => {
      if (n > 1) actorsAsked.add(String(row.getCell(2).value));
    });
    expect([...actorsAsked].sort()).toEqual(['caf', 'ccas_brest', 'ecoute', 'ml_morlaix', 'ofii']);
    const unknown = await app.inject({ method: 'GET', url: '/fiches-entretien?acteur=personne' });
    expect(unknown.statusCode).toBe(404);
  });
});
