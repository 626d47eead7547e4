// One import for every file format: interchange JSON, XLSX, a ZIP of CSV sheets, data·inclusion.
// Each becomes an interchange document that goes through the one validator and the one
// transaction of importDocument (server/src/import/load.ts); problems found while reading the
// file are reported in its own terms, and nothing is written while there is any.
import { strFromU8 } from 'fflate';
import { knownNames } from '../../../cypher/files/queries.js';
import type { ImportProblem } from '../import/document.js';
import { type ImportMode, type ImportReport, importDocument } from '../import/load.js';
import type { Executor } from '../neo4j/executor.js';
import { readDataInclusion } from './data-inclusion.js';
import { type KnownRecords, noKnownRecords, readSheets, translateProblem } from './spreadsheet.js';
import { isZip, readCsvZip, readXlsx, UnreadableFile, unzip } from './tables.js';

export const FILE_FORMATS = ['interchange', 'xlsx', 'csv', 'data-inclusion'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export interface FileImportReport extends ImportReport {
  /** Do not block the import: a data·inclusion code with no mapping, a territory not in the cartography. */
  warnings: ImportProblem[];
  /** The editing history's IMPORT change, once the history exists. */
  changeId: string | null;
  format: FileFormat | null;
}

export interface FileImportOptions {
  mode: ImportMode;
  dryRun?: boolean;
  format?: FileFormat;
  now?: Date;
  /** Who imports, for the history (the signed-in user or token). */
  by?: string;
}

const refusedFile = (problems: ImportProblem[], warnings: ImportProblem[] = [], format: FileFormat | null = null): FileImportReport => ({
  ok: false,
  created: 0,
  updated: 0,
  deleted: 0,
  problems,
  warnings,
  changeId: null,
  format,
});

function parseJson(data: Uint8Array): unknown {
  const text = strFromU8(data).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UnreadableFile(`le fichier n'est pas un JSON lisible (${(e as Error).message})`);
  }
}

/** The format of a file from its first bytes (and, for a ZIP, the names it holds). */
export function detectFormat(data: Uint8Array): FileFormat | undefined {
  if (isZip(data)) {
    const names = [...unzip(data).keys()].map((n) => n.toLowerCase());
    if (names.includes('workbook.xml') || names.includes('[content_types].xml')) return 'xlsx';
    if (names.some((n) => /^(structures|services)\.(json|csv)$/.test(n))) return 'data-inclusion';
    return 'csv';
  }
  const start = strFromU8(data.subarray(0, 4096))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (!start.startsWith('{')) return undefined;
  if (/"format"\s*:\s*"agir-cartography"/.test(start)) return 'interchange';
  if (/"(structures|services)"\s*:/.test(start)) return 'data-inclusion';
  return 'interchange';
}

async function knownRecords(db: Executor, mode: ImportMode): Promise<KnownRecords> {
  if (mode === 'REPLACE') return noKnownRecords();
  const [row] = await db.read(knownNames, {});
  return row ?? noKnownRecords();
}

/** Reads, validates and (unless `dryRun` or on any problem) writes a file in one transaction. */
export async function importFile(db: Executor, data: Uint8Array, options: FileImportOptions): Promise<FileImportReport> {
  const format = options.format ?? detectFormat(data);
  if (!format)
    return refusedFile([
      { where: '(fichier)', message: 'format non reconnu : envoyez un JSON d’échange, un classeur XLSX, un ZIP de CSV ou un export data·inclusion' },
    ]);
  let document: unknown;
  let warnings: ImportProblem[] = [];
  let translate = (p: ImportProblem) => p;
  try {
    if (format === 'interchange') document = parseJson(data);
    else if (format === 'data-inclusion') {
      // References go to the stored territories whatever the mode.
      const read = readDataInclusion(data, await knownRecords(db, 'MERGE'));
      if (read.problems.length) return refusedFile(read.problems, read.warnings, format);
      document = read.document;
      warnings = read.warnings;
    } else {
      const tables = format === 'xlsx' ? await readXlsx(data) : readCsvZip(data);
      const read = readSheets(tables, await knownRecords(db, options.mode));
      if (read.problems.length) return refusedFile(read.problems, [], format);
      document = read.document;
      translate = (p) => translateProblem(p, read.places);
    }
  } catch (e) {
    if (e instanceof UnreadableFile) return refusedFile([{ where: '(fichier)', message: e.message }], [], format);
    throw e;
  }
  const { change, ...report } = await importDocument(db, document, options.mode, {
    dryRun: options.dryRun,
    now: options.now,
    ...(options.by ? { by: options.by } : {}),
  });
  // The IMPORT change undo reverts whole (none for a dry run: it was rolled back with the rest).
  return { ...report, problems: report.problems.map(translate), warnings, changeId: options.dryRun ? null : (change?.id ?? null), format };
}
