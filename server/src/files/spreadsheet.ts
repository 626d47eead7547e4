// Spreadsheet tables <-> interchange document. Reading reports every problem in the file's own
// terms (`acteurs, ligne 12, colonne type`); the document it builds then goes through the one
// validator, whose problems (`actors[3].activeIn[1]`) are translated back to sheet, line and column.
import type { ImportProblem, InterchangeDocument, SiteDoc } from '../import/document.js';
import { searchKey } from '../vocabulary.js';
import { type Column, headerKey, type RefName, SHEETS, type SheetLayout, shortLabel, VOCABS, vocabId, vocabLabel } from './layout.js';
import type { Cell, Table } from './tables.js';

/** Records a reference cell may name besides the file's own (the database's, for MERGE). */
export interface KnownRecords {
  territories: { id: string; name: string; level?: string }[];
  actors: { id: string; name: string }[];
  programmes: { id: string; name: string }[];
}
export const noKnownRecords = (): KnownRecords => ({ territories: [], actors: [], programmes: [] });

/** Sheets written for people, not data: left out on import. */
const IGNORED_SHEETS = new Set(['lisezmoi', 'listes']);

interface Place {
  sheet: string;
  line: number;
  headers: Map<string, string>;
}

export interface SheetsReading {
  document: InterchangeDocument;
  problems: ImportProblem[];
  /** `actors[3]` -> where its row is, to translate the validator's problems. */
  places: Map<string, Place>;
}

const q = (v: unknown) => `« ${String(v)} »`;

function cellText(c: Cell): string {
  if (c === null) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c).trim();
}

const list = (s: string) =>
  s
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);

const TRUE = new Set(['oui', 'vrai', 'true', '1', 'o', 'yes', 'x']);
const FALSE = new Set(['non', 'faux', 'false', '0', 'n', 'no']);

function toNumber(c: Cell): number | undefined {
  if (typeof c === 'number') return c;
  const s = cellText(c)
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return undefined;
  return Number(s);
}

function toDate(c: Cell): string | undefined {
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? undefined : c.toISOString().slice(0, 10);
  const s = cellText(c);
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  let [y, mo, d] = m ? [m[1], m[2], m[3]] : [];
  if (!m) {
    m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
    if (m) [d, mo, y] = [m[1]?.padStart(2, '0'), m[2]?.padStart(2, '0'), m[3]];
  }
  if (!m) return undefined;
  const iso = `${y}-${mo}-${d}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/** Names and ids a reference cell may use. */
class RefIndex {
  private ids = new Set<string>();
  private names = new Map<string, Set<string>>();
  add(id: string, name: string | undefined) {
    this.ids.add(id);
    if (!name) return;
    const k = searchKey(name);
    const set = this.names.get(k) ?? new Set();
    set.add(id);
    this.names.set(k, set);
  }
  resolve(value: string): { id?: string; ambiguous?: string[] } {
    if (this.ids.has(value)) return { id: value };
    const found = this.names.get(searchKey(value));
    if (found?.size === 1) return { id: [...found][0] as string };
    if (found && found.size > 1) return { ambiguous: [...found].sort() };
    return {};
  }
}

const REF_WHAT: Record<RefName, string> = { territory: "d'un territoire", actor: "d'un acteur", actorOrProgramme: "d'un acteur ou d'un dispositif" };

function cell(row: Cell[], index: number | undefined): Cell {
  return index === undefined ? null : (row[index] ?? null);
}

/** Reads the tables of a workbook or a ZIP of CSV files into an interchange document. */
export function readSheets(tables: Table[], known: KnownRecords = noKnownRecords()): SheetsReading {
  const problems: ImportProblem[] = [];
  const places = new Map<string, Place>();
  const layouts = new Map(SHEETS.map((s) => [headerKey(s.name), s]));
  const found = new Map<SheetLayout, Table>();
  for (const t of tables) {
    const key = headerKey(t.name);
    if (IGNORED_SHEETS.has(key)) continue;
    const layout = layouts.get(key);
    if (!layout) {
      problems.push({ where: t.name, message: `feuille inconnue (feuilles attendues : ${SHEETS.map((s) => s.name).join(', ')})` });
      continue;
    }
    if (found.has(layout)) problems.push({ where: t.name, message: `la feuille ${layout.name} apparaît deux fois` });
    found.set(layout, t);
  }

  // Columns of each sheet: header -> layout column, unknown and missing ones are problems.
  const columns = new Map<SheetLayout, { index: Map<string, number>; headers: Map<string, string> }>();
  for (const [layout, t] of found) {
    const byKey = new Map<string, Column>();
    for (const c of layout.columns) {
      byKey.set(headerKey(c.header), c);
      byKey.set(headerKey(c.field), c);
    }
    const index = new Map<string, number>();
    const headers = new Map<string, string>();
    t.header.forEach((h, i) => {
      if (!h) {
        if (t.rows.some((r) => cellText(r.cells[i] ?? null) !== ''))
          problems.push({ where: `${t.name}, ligne 1, colonne ${i + 1}`, message: 'colonne sans en-tête' });
        return;
      }
      const c = byKey.get(headerKey(h));
      if (!c) {
        problems.push({
          where: `${t.name}, ligne 1, colonne ${h}`,
          message: `colonne inconnue (colonnes : ${layout.columns.map((x) => x.header).join(', ')})`,
        });
        return;
      }
      if (index.has(c.field)) {
        problems.push({ where: `${t.name}, ligne 1, colonne ${h}`, message: `la colonne ${c.header} apparaît deux fois` });
        return;
      }
      index.set(c.field, i);
      headers.set(c.field, h);
    });
    for (const c of layout.columns)
      if (c.required && !index.has(c.field)) problems.push({ where: `${t.name}, ligne 1`, message: `la colonne obligatoire ${q(c.header)} manque` });
    columns.set(layout, { index, headers });
  }
  const bySheet = (name: string) => SHEETS.find((s) => s.name === name) as SheetLayout;

  // References: the file's records first, then the known ones.
  const refs: Record<'territory' | 'actor' | 'programme', RefIndex> = { territory: new RefIndex(), actor: new RefIndex(), programme: new RefIndex() };
  const addRefs = (sheet: string, into: RefIndex) => {
    const layout = bySheet(sheet);
    const t = found.get(layout);
    const cols = columns.get(layout);
    if (!t || !cols) return;
    for (const r of t.rows) {
      const id = cellText(cell(r.cells, cols.index.get('id')));
      if (id) into.add(id, cellText(cell(r.cells, cols.index.get('name'))) || undefined);
    }
  };
  addRefs('territoires', refs.territory);
  addRefs('acteurs', refs.actor);
  addRefs('dispositifs', refs.programme);
  for (const t of known.territories) refs.territory.add(t.id, t.name);
  for (const a of known.actors) refs.actor.add(a.id, a.name);
  for (const p of known.programmes) refs.programme.add(p.id, p.name);

  const resolveRef = (ref: RefName, value: string): { id?: string; ambiguous?: string[] } => {
    if (ref === 'territory') return refs.territory.resolve(value);
    if (ref === 'actor') return refs.actor.resolve(value);
    const a = refs.actor.resolve(value);
    const p = refs.programme.resolve(value);
    if (a.id && p.id && a.id !== p.id) return { ambiguous: [a.id, p.id] };
    return a.id || a.ambiguous ? a : p;
  };

  const doc: InterchangeDocument = { format: 'agir-cartography', version: 1 };
  const sites: { of: string; site: SiteDoc; place: Place }[] = [];

  for (const layout of SHEETS) {
    const t = found.get(layout);
    const cols = columns.get(layout);
    if (!t || !cols) continue;
    const records: Record<string, unknown>[] = [];
    const seenIds = new Map<string, number>();
    for (const row of t.rows) {
      const where = (c: Column) => `${t.name}, ligne ${row.line}, colonne ${cols.headers.get(c.field) ?? c.header}`;
      const rec: Record<string, unknown> = {};
      for (const c of layout.columns) {
        const i = cols.index.get(c.field);
        if (i === undefined) continue;
        const raw = cell(row.cells, i);
        const s = cellText(raw);
        if (s === '') {
          if (c.required) problems.push({ where: where(c), message: 'cellule obligatoire vide' });
          continue;
        }
        const k = c.kind;
        switch (k.type) {
          case 'text':
            rec[c.field] = s;
            break;
          case 'sources':
            rec[c.field] = s
              .split(/\r?\n/)
              .map((x) => x.trim())
              .filter(Boolean);
            break;
          case 'int':
          case 'number': {
            const n = toNumber(raw);
            if (n === undefined) problems.push({ where: where(c), message: `${q(s)} n'est pas un nombre` });
            else if (k.type === 'int' && !Number.isInteger(n)) problems.push({ where: where(c), message: `${q(s)} n'est pas un nombre entier` });
            else rec[c.field] = n;
            break;
          }
          case 'date': {
            const d = toDate(raw);
            if (d === undefined) problems.push({ where: where(c), message: `${q(s)} n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)` });
            else rec[c.field] = d;
            break;
          }
          case 'bool': {
            const b = searchKey(s);
            if (TRUE.has(b)) rec[c.field] = true;
            else if (FALSE.has(b)) rec[c.field] = false;
            else problems.push({ where: where(c), message: `${q(s)} n'est ni oui ni non` });
            break;
          }
          case 'vocab': {
            const values = k.list ? list(s) : [s];
            const ids: string[] = [];
            for (const v of values) {
              const id = vocabId(k.vocab, v);
              if (id) ids.push(id);
              else {
                const vocab = VOCABS[k.vocab];
                problems.push({
                  where: where(c),
                  message: `${q(v)} n'est pas ${vocab.what} (${vocab.plural} : ${vocab.terms.map((x) => shortLabel(x.label)).join(', ')})`,
                });
              }
            }
            rec[c.field] = k.list ? [...new Set(ids)] : ids[0];
            break;
          }
          case 'ref': {
            const values = k.list ? list(s) : [s];
            const ids: string[] = [];
            for (const v of values) {
              const r = resolveRef(k.ref, v);
              if (r.id) ids.push(r.id);
              else if (r.ambiguous)
                problems.push({ where: where(c), message: `${q(v)} désigne plusieurs fiches (${r.ambiguous.join(', ')}) : écrivez l'identifiant` });
              else problems.push({ where: where(c), message: `${q(v)} n'est ni l'identifiant ni le nom ${REF_WHAT[k.ref]}` });
            }
            rec[c.field] = k.list ? [...new Set(ids)] : ids[0];
            break;
          }
        }
      }
      const place: Place = { sheet: t.name, line: row.line, headers: cols.headers };
      if (layout.collection === 'sites') {
        if (typeof rec.of === 'string' && typeof rec.commune === 'string') {
          const { of, ...site } = rec;
          sites.push({ of, site: site as unknown as SiteDoc, place });
        }
        continue;
      }
      const id = typeof rec.id === 'string' ? rec.id : undefined;
      if (id !== undefined) {
        const first = seenIds.get(id);
        if (first !== undefined) {
          problems.push({
            where: `${t.name}, ligne ${row.line}, colonne ${cols.headers.get('id')}`,
            message: `l'identifiant ${q(id)} est déjà celui de la ligne ${first}`,
          });
          continue;
        }
        seenIds.set(id, row.line);
      }
      places.set(`${layout.collection}[${records.length}]`, place);
      records.push(rec);
    }
    if (layout.collection !== 'sites') (doc as unknown as Record<string, unknown>)[layout.collection] = records;
  }

  // Sites join their actor or programme, in the order of the sheet.
  const owners = new Map<string, { key: string; rec: Record<string, unknown> }>();
  for (const collection of ['actors', 'programmes'] as const)
    (doc[collection] ?? []).forEach((r, i) => {
      owners.set(r.id, { key: `${collection}[${i}]`, rec: r as unknown as Record<string, unknown> });
    });
  for (const s of sites) {
    const owner = owners.get(s.of);
    if (!owner) {
      problems.push({
        where: `${s.place.sheet}, ligne ${s.place.line}, colonne ${s.place.headers.get('of')}`,
        message: `${q(s.of)} n'est pas un acteur ou un dispositif de ce fichier`,
      });
      continue;
    }
    if (!owner.rec.sites) owner.rec.sites = [];
    const ownSites = owner.rec.sites as SiteDoc[];
    places.set(`${owner.key}.sites[${ownSites.length}]`, s.place);
    ownSites.push(s.site);
  }
  return { document: doc, problems, places };
}

const FIELD_OF_SITE: Record<string, string> = { commune: 'commune', address: 'address', label: 'label', phone: 'phone', hours: 'hours' };

/** `actors[3].activeIn[1]` -> `acteurs, ligne 5, colonne territoires` (the validator's problems in the file's terms). */
export function translateProblem(p: ImportProblem, places: Map<string, Place>): ImportProblem {
  const m = /^(\w+\[\d+\](?:\.sites\[\d+\])?)(?:\.(\w+))?/.exec(p.where);
  const place = m ? places.get(m[1] as string) : undefined;
  if (!m || !place) return p;
  const field = m[2];
  const layout = SHEETS.find((s) => s.name === 'lieux' && m[1]?.includes('.sites[')) ?? SHEETS.find((s) => m[1]?.startsWith(`${s.collection}[`));
  const column = field ? (place.headers.get(FIELD_OF_SITE[field] ?? field) ?? layout?.columns.find((c) => c.field === field)?.header ?? field) : undefined;
  return { where: `${place.sheet}, ligne ${place.line}${column ? `, colonne ${column}` : ''}`, message: p.message };
}

/** The document as tables in the contract's layout: labels for vocabulary cells, ids for references, one source per line. */
export function writeSheets(doc: InterchangeDocument): Table[] {
  const tables: Table[] = [];
  for (const layout of SHEETS) {
    let records: Record<string, unknown>[];
    if (layout.collection === 'sites') {
      records = [];
      for (const collection of ['actors', 'programmes'] as const)
        for (const r of doc[collection] ?? []) for (const s of r.sites ?? []) records.push({ of: r.id, ...s });
    } else records = ((doc as unknown as Record<string, unknown>)[layout.collection] ?? []) as Record<string, unknown>[];
    const rows = records.map((r, i) => ({
      line: i + 2,
      cells: layout.columns.map((c): Cell => {
        const v = r[c.field];
        if (v === undefined || v === null) return null;
        if (c.kind.type === 'vocab') {
          const vocab = c.kind.vocab;
          return Array.isArray(v) ? v.map((x) => vocabLabel(vocab, String(x))).join(' ; ') : vocabLabel(vocab, String(v));
        }
        if (c.kind.type === 'sources') return (v as string[]).join('\n');
        if (c.kind.type === 'bool') return v ? 'oui' : 'non';
        if (Array.isArray(v)) return v.join(' ; ');
        return v as Cell;
      }),
    }));
    tables.push({ name: layout.name, header: layout.columns.map((c) => c.header), rows });
  }
  return tables;
}
