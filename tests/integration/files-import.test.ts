// POST /api/import for spreadsheets (XLSX, ZIP of CSV) and interchange JSON: round trips field by
// field (interchange → export → REPLACE import → export identical), one test per kind of
// spreadsheet problem with its exact place and the database unchanged, dry runs, the template.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeSheets } from '../../server/src/files/spreadsheet.js';
import { type Table, writeCsvZip } from '../../server/src/files/tables.js';
import { writeWorkbook } from '../../server/src/files/workbook.js';
import type { InterchangeDocument } from '../../server/src/import/document.js';
import { exportDocument } from '../../server/src/import/export.js';
import { importDocument } from '../../server/src/import/load.js';
import type { Executor } from '../../server/src/neo4j/executor.js';
import { readSeed } from '../../server/src/seed.js';
import { testApp } from '../helpers/app.js';
import { neo4jPassword, neo4jUri, openTestDb, resetDb } from '../helpers/db.js';

const fixture = () => JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8')) as InterchangeDocument;
let db: Executor;
let app: FastifyInstance;

interface Report {
  ok: boolean;
  created: number;
  updated: number;
  deleted: number;
  problems: { where: string; message: string }[];
  warnings: { where: string; message: string }[];
  changeId: string | null;
}

async function upload(body: Uint8Array | string, query: string, contentType = 'application/octet-stream'): Promise<{ status: number; report: Report }> {
  const res = await app.inject({ method: 'POST', url: `/api/import?${query}`, headers: { 'content-type': contentType }, payload: Buffer.from(body) });
  return { status: res.statusCode, report: res.json() as Report };
}
async function download(format: string): Promise<Buffer> {
  const res = await app.inject({ method: 'GET', url: `/api/export?format=${format}` });
  expect(res.statusCode).toBe(200);
  return res.rawPayload;
}
const stored = () => exportDocument(db);

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
});

describe('round trips through spreadsheets', () => {
  for (const [name, load] of [
    ['the fixture', fixture],
    ['the Finistère seed', () => readSeed() as InterchangeDocument],
  ] as const) {
    for (const format of ['xlsx', 'csv'] as const) {
      it(`${name}: interchange → ${format} export → REPLACE import → the same interchange document`, async () => {
        expect((await importDocument(db, load(), 'REPLACE')).ok).toBe(true);
        const before = await stored();
        const file = await download(format);
        await resetDb(db);
        const { status, report } = await upload(file, `mode=REPLACE&format=${format}`);
        expect(report.problems).toEqual([]);
        expect(status).toBe(200);
        const after = await stored();
        // Field by field: every record of every collection, compared whole.
        for (const key of ['territories', 'actors', 'programmes', 'links', 'statistics'] as const) {
          expect(after[key]?.length, key).toBe(before[key]?.length);
          (before[key] ?? []).forEach((r, i) => {
            expect(after[key]?.[i], `${key}[${i}]`).toEqual(r);
          });
        }
        expect(after).toEqual(before);
      }, 240_000);
    }
  }

  it('recognises the format from the content, and reads a multipart upload', async () => {
    expect((await importDocument(db, fixture(), 'REPLACE')).ok).toBe(true);
    const file = await download('xlsx');
    const boundary = '----agir';
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="carto.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const { status, report } = await upload(body, 'mode=MERGE', `multipart/form-data; boundary=${boundary}`);
    expect(status).toBe(200);
    expect(report).toMatchObject({ ok: true, created: 0, deleted: 0, problems: [], warnings: [], changeId: expect.any(String) });
    expect(report.updated).toBeGreaterThan(20);
  });
});

describe('dry run: the preview writes nothing', () => {
  it('counts what REPLACE would create, update and delete', async () => {
    expect((await importDocument(db, fixture(), 'REPLACE')).ok).toBe(true);
    const before = await stored();
    const doc = fixture();
    const removed = doc.actors?.pop();
    doc.links = doc.links?.filter((l) => l.from !== removed?.id && l.to !== removed?.id);
    doc.actors?.push({ id: 'nouvel-acteur', name: 'Nouvel acteur', kind: 'OTHER' });
    const removedLinks = (fixture().links ?? []).length - (doc.links ?? []).length;
    const { status, report } = await upload(JSON.stringify(doc), 'mode=REPLACE&dryRun=true');
    expect(status).toBe(200);
    expect(report).toMatchObject({ ok: true, created: 1, deleted: 1 + removedLinks });
    const total = ['territories', 'actors', 'programmes', 'links', 'statistics'].reduce(
      (s, k) => s + ((doc as unknown as Record<string, unknown[]>)[k]?.length ?? 0),
      0,
    );
    expect(report.updated).toBe(total - 1);
    expect(report.changeId).toBeNull(); // a preview records no change
    expect(await stored()).toEqual(before);
    // The same without dryRun writes it, with the IMPORT change that undo reverts.
    const real = await upload(JSON.stringify(doc), 'mode=REPLACE');
    expect(real.report).toEqual({ ...report, changeId: expect.any(String) });
    expect((await stored()).actors?.map((a) => a.id)).toContain('nouvel-acteur');
  });

  it('refuses a missing mode or an unknown format with a clear 400', async () => {
    const noMode = await app.inject({ method: 'POST', url: '/api/import', headers: { 'content-type': 'application/json' }, payload: '{}' });
    expect(noMode.statusCode).toBe(400);
    expect(noMode.json().error).toMatch(/^mode : MERGE ou REPLACE attendu/);
    const badFormat = await upload('{}', 'mode=MERGE&format=pdf');
    expect(badFormat.status).toBe(400);
    const garbage = await upload('pas un fichier', 'mode=MERGE');
    expect(garbage.report.problems).toEqual([{ where: '(fichier)', message: expect.stringMatching(/^format non reconnu/) }]);
  });

  it('reports interchange JSON problems at their JSON path', async () => {
    const doc = fixture();
    (doc.actors as unknown as Record<string, unknown>[])[3] = { ...doc.actors?.[3], kind: 'ASSO' };
    const { status, report } = await upload(JSON.stringify(doc), 'mode=REPLACE');
    expect(status).toBe(400);
    expect(report.problems.map((p) => p.where)).toEqual(['actors[3].kind']);
  });
});

/** The fixture's tables, changed by `edit`, as an XLSX. */
async function brokenWorkbook(edit: (sheets: Map<string, Table>) => void): Promise<Uint8Array> {
  const tables = writeSheets(fixture());
  edit(new Map(tables.map((t) => [t.name, t])));
  return writeWorkbook(tables);
}
const col = (t: Table, header: string) => t.header.indexOf(header);
function setCell(t: Table | undefined, row: number, header: string, value: string | number | null) {
  if (!t) throw new Error('no such sheet');
  const i = col(t, header);
  if (i < 0) throw new Error(`no column ${header}`);
  (t.rows[row] as { cells: unknown[] }).cells[i] = value;
}

describe('spreadsheet problems: named in the file’s terms, nothing written', () => {
  const cases: [string, (s: Map<string, Table>) => void, { where: string; message: string | RegExp }][] = [
    [
      'an unknown column',
      (s) => {
        const t = s.get('acteurs') as Table;
        t.header.push('remarque');
        t.rows[0]?.cells.push('à revoir');
      },
      { where: 'acteurs, ligne 1, colonne remarque', message: /^colonne inconnue \(colonnes : identifiant, nom, type, description/ },
    ],
    [
      'an unknown vocabulary label',
      (s) => setCell(s.get('acteurs'), 2, 'type', 'Asso'),
      {
        where: 'acteurs, ligne 4, colonne type',
        message: /^« Asso » n'est pas un type d'acteur \(types : Service de l'État ou opérateur public national, .*Association, /,
      },
    ],
    [
      'an ambiguous name in a reference cell',
      (s) => {
        const t = s.get('territoires') as Table;
        // Two territories named "Brest": the name no longer says which one.
        setCell(t, 0, 'nom', 'Brest');
        setCell(t, 1, 'nom', 'Brest');
        setCell(s.get('acteurs'), 1, 'territoires', 'brest');
      },
      { where: 'acteurs, ligne 3, colonne territoires', message: /^« brest » désigne plusieurs fiches \(.*\) : écrivez l'identifiant$/ },
    ],
    [
      'a bad number',
      (s) => setCell(s.get('territoires'), 2, 'population', 'beaucoup'),
      { where: 'territoires, ligne 4, colonne population', message: "« beaucoup » n'est pas un nombre" },
    ],
    [
      'a bad date',
      (s) => setCell(s.get('dispositifs'), 0, 'début', '31/02/2024'),
      { where: 'dispositifs, ligne 2, colonne début', message: "« 31/02/2024 » n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)" },
    ],
    [
      'a duplicate id',
      (s) => {
        const t = s.get('acteurs') as Table;
        t.rows.push({ line: t.rows.length + 2, cells: [...(t.rows[0]?.cells ?? [])] });
      },
      { where: 'acteurs, ligne 7, colonne identifiant', message: /^l'identifiant « .+ » est déjà celui de la ligne 2$/ },
    ],
    [
      'a missing required cell',
      (s) => setCell(s.get('liens'), 1, 'vers', null),
      { where: 'liens, ligne 3, colonne vers', message: 'cellule obligatoire vide' },
    ],
  ];
  for (const [name, edit, expected] of cases) {
    it(name, async () => {
      expect((await importDocument(db, fixture(), 'REPLACE')).ok).toBe(true);
      const before = await stored();
      for (const mode of ['MERGE', 'REPLACE']) {
        const { status, report } = await upload(await brokenWorkbook(edit), `mode=${mode}`);
        expect(status).toBe(400);
        expect(report.ok).toBe(false);
        expect(report.problems).toHaveLength(1);
        expect(report.problems[0]?.where).toBe(expected.where);
        if (typeof expected.message === 'string') expect(report.problems[0]?.message).toBe(expected.message);
        else expect(report.problems[0]?.message).toMatch(expected.message);
      }
      expect(await stored()).toEqual(before);
    });
  }

  it('the validator’s own problems come back in sheet, line and column terms', async () => {
    // A territory part of itself through its parent: a cycle only the validator sees.
    const wb = await brokenWorkbook((s) => {
      const t = s.get('territoires') as Table;
      const top = t.rows.findIndex((r) => r.cells[col(t, 'fait partie de')] === null);
      const child = t.rows.findIndex((r) => r.cells[col(t, 'fait partie de')] === t.rows[top]?.cells[0]);
      setCell(t, top, 'fait partie de', String(t.rows[child]?.cells[0]));
    });
    const { report } = await upload(wb, 'mode=REPLACE');
    expect(report.ok).toBe(false);
    expect(report.problems.length).toBeGreaterThan(0);
    for (const p of report.problems) expect(p.where).toMatch(/^territoires, ligne \d+(, colonne fait partie de)?$/);
  });
});

describe('CSV files', () => {
  it('reads `;` with a BOM and `,` without, labels or ids, names for references, oui/non, French dates and quoted line breaks', async () => {
    const territoires = '\uFEFFIdentifiant;Nom;Niveau;Fait partie de\r\n29;Finistère;Département;\r\n29019;Brest;commune;Finistère\r\n';
    const acteurs = 'identifiant,NOM,type,Territoires,freins,sources\nasso,Asso,association,brest,FRENCH_LANGUAGE ; Fracture numérique,"entretien\nsite web"\n';
    const dispositifs = 'identifiant;nom;type;Début;capacite\ncours;Cours;dispositif de droit commun;06/01/2025;12\n';
    const liens = 'type;de;vers;formalise\nporte ou met en oeuvre;Asso;cours;OUI\n';
    const zip = zipSync({
      'territoires.csv': strToU8(territoires),
      'acteurs.csv': strToU8(acteurs),
      'dispositifs.csv': strToU8(dispositifs),
      'liens.csv': strToU8(liens),
    });
    const { status, report } = await upload(zip, 'mode=REPLACE');
    expect(report.problems).toEqual([]);
    expect(status).toBe(200);
    expect(report.created).toBe(5);
    const doc = await stored();
    expect(doc.territories?.find((t) => t.id === '29019')).toEqual({ id: '29019', name: 'Brest', level: 'COMMUNE', partOf: ['29'] });
    expect(doc.actors).toEqual([
      {
        id: 'asso',
        name: 'Asso',
        kind: 'ASSOCIATION',
        activeIn: ['29019'],
        addresses: ['DIGITAL_EXCLUSION', 'FRENCH_LANGUAGE'],
        sources: ['entretien', 'site web'],
      },
    ]);
    expect(doc.programmes).toEqual([{ id: 'cours', name: 'Cours', kind: 'COMMON_LAW', capacity: 12, startDate: '2025-01-06', sources: [] }]);
    expect(doc.links).toEqual([{ type: 'OPERATES', from: 'asso', to: 'cours', formal: true, sources: [] }]);
  });

  it('names the CSV file, line and column of a problem', async () => {
    const zip = zipSync({ 'territoires.csv': strToU8('identifiant;nom;niveau\n29;Finistère;Département\n29019;Brest;bourg\n') });
    const { report } = await upload(zip, 'mode=REPLACE&format=csv');
    expect(report.problems).toEqual([
      {
        where: 'territoires, ligne 3, colonne niveau',
        message: expect.stringMatching(/^« bourg » n'est pas un niveau de territoire \(niveaux : Région, Département/),
      },
    ]);
  });

  it('writes CSV files Excel opens: UTF-8 with BOM', async () => {
    expect((await importDocument(db, fixture(), 'REPLACE')).ok).toBe(true);
    const zip = writeCsvZip(writeSheets(await stored()));
    const { unzipSync, strFromU8 } = await import('fflate');
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(['acteurs.csv', 'dispositifs.csv', 'liens.csv', 'lieux.csv', 'statistiques.csv', 'territoires.csv']);
    const acteurs = files['acteurs.csv'] as Uint8Array;
    expect([...acteurs.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(acteurs).startsWith('identifiant;nom;type;')).toBe(true);
  });
});

describe('GET /api/template.xlsx', () => {
  it('has the headers, one example row per sheet, drop-down lists and a lisez-moi sheet; imported as it is, it is valid', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/template.xlsx' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['lisez-moi', 'listes', 'territoires', 'acteurs', 'dispositifs', 'liens', 'statistiques', 'lieux']);
    const acteurs = wb.getWorksheet('acteurs') as ExcelJS.Worksheet;
    expect(acteurs.getRow(1).values).toEqual([
      undefined,
      'identifiant',
      'nom',
      'type',
      'description',
      'site web',
      'courriel',
      'téléphone',
      'adresse',
      'commune',
      'territoires',
      'freins',
      'itinérant',
      'sources',
    ]);
    expect(acteurs.rowCount).toBe(2);
    expect(acteurs.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: ['listes!$B$2:$B$12'] });
    const listes = wb.getWorksheet('listes') as ExcelJS.Worksheet;
    expect(listes.state).toBe('hidden');
    expect(listes.getColumn(2).values.slice(2)).toContain('Association');
    expect(String(wb.getWorksheet('lisez-moi')?.getCell('A1').value)).toMatch(/^Modèle de classeur AGIR/);
    const { status, report } = await upload(res.rawPayload, 'mode=REPLACE&dryRun=true');
    expect(report.problems).toEqual([]);
    expect(status).toBe(200);
    expect(report.created).toBe(5);
  });
});

describe('npm run import -- FILE [--replace] [--dry-run]', () => {
  const run = (args: string[]) =>
    new Promise<{ code: number; out: string }>((resolvePromise) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', 'server/src/cli/import.ts', ...args],
        { env: { ...process.env, NEO4J_URI: neo4jUri(), NEO4J_USER: 'neo4j', NEO4J_PASSWORD: neo4jPassword(), LOG_LEVEL: 'info' } },
        (err, stdout, stderr) => resolvePromise({ code: err ? Number(err.code ?? 1) : 0, out: `${stdout}${stderr}` }),
      );
    });

  it('previews, imports and refuses like the route', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agir-import-'));
    const good = join(dir, 'carto.xlsx');
    writeFileSync(good, await writeWorkbook(writeSheets(fixture())));
    const preview = await run([good, '--replace', '--dry-run']);
    expect(preview.out).toMatch(/aperçu, rien n'a été écrit/);
    expect(preview.code).toBe(0);
    expect((await stored()).actors).toEqual([]);
    const real = await run([good, '--replace']);
    expect(real.code).toBe(0);
    expect((await stored()).actors?.length).toBe(fixture().actors?.length);
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, await brokenWorkbook((s) => setCell(s.get('acteurs'), 0, 'type', 'Asso')));
    const refused = await run([bad]);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/acteurs, ligne 2, colonne type : « Asso » n'est pas un type d'acteur/);
  });
});
