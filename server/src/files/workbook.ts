// XLSX workbooks with exceljs: the export (the layout's sheets) and the template (the same
// sheets with one example row each, a « lisez-moi » sheet in French, drop-down lists of the
// vocabulary's labels kept on a hidden « listes » sheet).
import ExcelJS from 'exceljs';
import { SHEETS, VOCABS, type VocabName } from './layout.js';
import type { Cell, Table } from './tables.js';

/** Rows that get a drop-down list (data validation) in each vocabulary column. */
const VALIDATED_ROWS = 2000;

const README = [
  'Modèle de classeur AGIR Cartographie',
  '',
  'Chaque feuille correspond à une partie de la cartographie : territoires, acteurs, dispositifs, liens, statistiques, lieux.',
  'La ligne 1 porte les en-têtes : ne les renommez pas (majuscules, accents et espaces sont indifférents) ; une colonne inconnue est refusée.',
  'La ligne 2 de chaque feuille est un exemple : remplacez-la ou supprimez-la.',
  '',
  'Cellules :',
  '- identifiant : un code stable (code INSEE pour un territoire, SIREN ou nom court pour un acteur) ; deux lignes d’une feuille ne peuvent pas avoir le même.',
  '- type, niveau, domaines, freins, publics, type de lien : choisissez dans la liste déroulante (le libellé ou l’identifiant du vocabulaire).',
  '- commune, territoires, fait partie de, de, vers, territoire, rattaché à : l’identifiant de la fiche ; un nom est accepté s’il ne désigne qu’une seule fiche.',
  '- listes (territoires, freins, domaines, publics…) : séparez les valeurs par un point-virgule « ; ».',
  '- sources : une source par ligne dans la cellule (Alt+Entrée dans Excel, Ctrl+Entrée dans LibreOffice).',
  '- formalisé, itinérant : oui ou non (vide : inconnu).',
  '- dates : AAAA-MM-JJ, JJ/MM/AAAA ou une vraie date du tableur.',
  '- lieux : les lieux d’accueil d’un acteur ou d’un dispositif (permanences, antennes), un par ligne.',
  '',
  'Envoi : dans l’explorateur, « Importer un fichier ». Un aperçu liste ce qui sera créé, modifié ou supprimé et les problèmes ligne par ligne ;',
  'rien n’est écrit tant qu’il reste un problème. En mode « remplacer », toute la cartographie est remplacée par le classeur.',
];

function addReadme(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet('lisez-moi');
  ws.getColumn(1).width = 140;
  for (const line of README) ws.addRow([line]);
  ws.getRow(1).font = { bold: true, size: 14 };
}

/** The vocabularies on a hidden sheet, one column each, for the drop-down lists. */
function addLists(wb: ExcelJS.Workbook): Map<VocabName, string> {
  const ws = wb.addWorksheet('listes', { state: 'hidden' });
  const ranges = new Map<VocabName, string>();
  (Object.keys(VOCABS) as VocabName[]).forEach((name, i) => {
    const col = ws.getColumn(i + 1);
    const terms = VOCABS[name].terms;
    col.values = [name, ...terms.map((t) => t.label)];
    const letter = col.letter;
    ranges.set(name, `listes!$${letter}$2:$${letter}$${terms.length + 1}`);
  });
  return ranges;
}

/** exceljs has `dataValidations.add(range, …)` (one rule for a whole range) but does not type it. */
type WithRangeValidations = ExcelJS.Worksheet & { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } };

function addSheet(wb: ExcelJS.Workbook, t: Table, lists: Map<VocabName, string>) {
  const ws = wb.addWorksheet(t.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(t.header);
  ws.getRow(1).font = { bold: true };
  for (const r of t.rows) ws.addRow(r.cells.map((c: Cell) => (c === null ? undefined : c)));
  const layout = SHEETS.find((s) => s.name === t.name);
  t.header.forEach((h, i) => {
    const col = ws.getColumn(i + 1);
    col.width = Math.max(12, Math.min(40, h.length + 4));
    const c = layout?.columns.find((x) => x.header === h);
    if (c?.kind.type !== 'vocab') return;
    const range = lists.get(c.kind.vocab);
    if (!range) return;
    // Lists of several values (`;`) cannot pass a list validation: the drop-down helps, never blocks.
    (ws as WithRangeValidations).dataValidations.add(`${col.letter}2:${col.letter}${Math.max(VALIDATED_ROWS, t.rows.length + 1)}`, {
      type: 'list',
      allowBlank: true,
      formulae: [range],
      showErrorMessage: !c.kind.list,
      errorStyle: 'warning',
      errorTitle: 'Valeur hors liste',
      error: 'Cette valeur n’est pas dans le vocabulaire : l’import la refusera.',
    });
  });
}

/** A workbook of the given tables (the export), with the read-me and the drop-down lists. */
export async function writeWorkbook(tables: Table[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'AGIR Cartographie';
  addReadme(wb);
  const lists = addLists(wb);
  for (const t of tables) addSheet(wb, t, lists);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The empty workbook with one example row per sheet. */
export function templateTables(): Table[] {
  return SHEETS.map((s) => ({
    name: s.name,
    header: s.columns.map((c) => c.header),
    rows: [{ line: 2, cells: s.columns.map((c) => (c.example === undefined || c.example === '' ? null : c.example)) }],
  }));
}
