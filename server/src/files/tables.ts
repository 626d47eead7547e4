// Sheets as plain tables, read from and written to XLSX (exceljs) or a ZIP of CSV files
// (papaparse, fflate). The header is line 1; a row keeps its line number in the file.
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import Papa from 'papaparse';

export type Cell = string | number | boolean | Date | null;

export interface Table {
  /** The sheet's name as the file spells it (a CSV file name without `.csv`). */
  name: string;
  header: string[];
  rows: { line: number; cells: Cell[] }[];
}

/** A problem with the file itself (not with one cell): unreadable, not a workbook… */
export class UnreadableFile extends Error {}

/** exceljs cell values: rich text, hyperlinks, formulas and errors, down to a plain value. */
function plain(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('hyperlink' in v) return plain(v.text as ExcelJS.CellValue);
    if ('result' in v) return plain(v.result as ExcelJS.CellValue);
    if ('error' in v) return String(v.error);
  }
  return String(v);
}

const isEmpty = (c: Cell) => c === null || (typeof c === 'string' && c.trim() === '');

/** Data sheets of a workbook; sheets this project writes for people (read-me, lists) are left out by the caller. */
export async function readXlsx(data: Uint8Array): Promise<Table[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new UnreadableFile(`le classeur XLSX est illisible (${(e as Error).message})`);
  }
  const tables: Table[] = [];
  for (const ws of wb.worksheets) {
    const headerRow = ws.getRow(1);
    const width = headerRow.cellCount;
    const header: string[] = [];
    for (let c = 1; c <= width; c++) header.push(String(plain(headerRow.getCell(c).value) ?? '').trim());
    while (header.length && header[header.length - 1] === '') header.pop();
    const rows: Table['rows'] = [];
    ws.eachRow({ includeEmpty: false }, (row, line) => {
      if (line === 1) return;
      const cells: Cell[] = [];
      for (let c = 1; c <= Math.max(header.length, row.cellCount); c++) cells.push(plain(row.getCell(c).value));
      if (cells.some((c) => !isEmpty(c))) rows.push({ line, cells });
    });
    tables.push({ name: ws.name, header, rows });
  }
  return tables;
}

/** CSV text (UTF-8, with or without BOM, `,` or `;`, quoted line breaks) as a table. */
export function readCsv(name: string, text: string): Table {
  const content = text.replace(/^\uFEFF/, '');
  // Headers hold neither `,` nor `;`: the first line says which one separates the cells (cells
  // may hold both, in lists and notes).
  const first = content.slice(0, content.search(/\r?\n|$/));
  const delimiter = (first.match(/;/g)?.length ?? 0) >= (first.match(/,/g)?.length ?? 0) ? ';' : ',';
  const parsed = Papa.parse<string[]>(content, { delimiter, skipEmptyLines: false });
  const [head = [], ...body] = parsed.data;
  const header = head.map((h) => h.trim());
  while (header.length && header[header.length - 1] === '') header.pop();
  const rows: Table['rows'] = [];
  body.forEach((cells, i) => {
    const values: Cell[] = cells.map((c) => (c === '' ? null : c));
    if (values.some((c) => !isEmpty(c))) rows.push({ line: i + 2, cells: values });
  });
  return { name, header, rows };
}

export function isZip(data: Uint8Array): boolean {
  return data.length > 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
}

/** The files of a ZIP archive by name (folders dropped: `export/acteurs.csv` is `acteurs.csv`). */
export function unzip(data: Uint8Array): Map<string, Uint8Array> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data);
  } catch (e) {
    throw new UnreadableFile(`l'archive ZIP est illisible (${(e as Error).message})`);
  }
  const out = new Map<string, Uint8Array>();
  for (const [path, content] of Object.entries(files)) {
    const name = path.split('/').pop() ?? path;
    if (name && !path.startsWith('__MACOSX/')) out.set(name, content);
  }
  return out;
}

/** A ZIP of CSV files: one table per `.csv`. */
export function readCsvZip(data: Uint8Array): Table[] {
  const tables: Table[] = [];
  for (const [name, content] of unzip(data)) {
    if (name.toLowerCase().endsWith('.csv')) tables.push(readCsv(name.replace(/\.csv$/i, ''), strFromU8(content)));
  }
  if (!tables.length) throw new UnreadableFile("l'archive ZIP ne contient aucun fichier .csv");
  return tables;
}

const csvCell = (c: Cell) => (c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c));

/** Tables as a ZIP of `<name>.csv` files (UTF-8 with BOM, `;` as a French Excel expects, quoted where needed). */
export function writeCsvZip(tables: Table[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const t of tables) {
    const text = Papa.unparse({ fields: t.header, data: t.rows.map((r) => r.cells.map(csvCell)) }, { newline: '\r\n', delimiter: ';' });
    files[`${t.name}.csv`] = strToU8(`\uFEFF${text}\r\n`);
  }
  return zipSync(files);
}
