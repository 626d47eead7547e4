// The spreadsheet layout of contract/files.md: one sheet per collection of the interchange
// document, French headers (the interchange field names are accepted too), vocabulary cells
// as French labels or ids. Sheets `lieux` and the columns `itinérant` are this project's
// additions so that sites and outreach survive a round trip (the contract's layout has no place
// for them); they are optional on import.
import { searchKey, vocabulary } from '../vocabulary.js';

export type VocabName = 'level' | 'actorKind' | 'programmeKind' | 'domain' | 'barrier' | 'public' | 'linkType';
export type RefName = 'territory' | 'actor' | 'actorOrProgramme';

export type ColumnKind =
  | { type: 'text' }
  | { type: 'int' }
  | { type: 'number' }
  | { type: 'date' }
  | { type: 'bool' }
  | { type: 'sources' }
  | { type: 'vocab'; vocab: VocabName; list?: boolean }
  | { type: 'ref'; ref: RefName; list?: boolean };

export interface Column {
  /** The French header, as the export and the template write it. */
  header: string;
  /** The interchange field. */
  field: string;
  kind: ColumnKind;
  required?: boolean;
  /** An example value for the template. */
  example?: string | number;
}

export type Collection = 'territories' | 'actors' | 'programmes' | 'links' | 'statistics' | 'sites';

export interface SheetLayout {
  name: string;
  collection: Collection;
  columns: Column[];
  /** Absent from the contract's layout: a workbook without it is complete. */
  optional?: boolean;
}

const text = { type: 'text' } as const;
const vocab = (v: VocabName, list = false): ColumnKind => ({ type: 'vocab', vocab: v, list });
const ref = (r: RefName, list = false): ColumnKind => ({ type: 'ref', ref: r, list });

export const SHEETS: SheetLayout[] = [
  {
    name: 'territoires',
    collection: 'territories',
    columns: [
      { header: 'identifiant', field: 'id', kind: text, required: true, example: '29019' },
      { header: 'nom', field: 'name', kind: text, required: true, example: 'Brest' },
      { header: 'niveau', field: 'level', kind: vocab('level'), required: true, example: 'Commune' },
      { header: 'fait partie de', field: 'partOf', kind: ref('territory', true), example: '' },
      { header: 'population', field: 'population', kind: { type: 'int' }, example: 139926 },
      { header: 'latitude', field: 'lat', kind: { type: 'number' }, example: 48.39 },
      { header: 'longitude', field: 'lon', kind: { type: 'number' }, example: -4.49 },
    ],
  },
  {
    name: 'acteurs',
    collection: 'actors',
    columns: [
      { header: 'identifiant', field: 'id', kind: text, required: true, example: 'exemple-asso' },
      { header: 'nom', field: 'name', kind: text, required: true, example: 'Association exemple' },
      { header: 'type', field: 'kind', kind: vocab('actorKind'), required: true, example: 'Association' },
      { header: 'description', field: 'description', kind: text, example: 'Cours de français et accompagnement social' },
      { header: 'site web', field: 'website', kind: text, example: 'https://exemple.org' },
      { header: 'courriel', field: 'email', kind: text, example: 'contact@exemple.org' },
      { header: 'téléphone', field: 'phone', kind: text, example: '02 98 00 00 00' },
      { header: 'adresse', field: 'address', kind: text, example: '1 rue de Siam, 29200 Brest' },
      { header: 'commune', field: 'commune', kind: ref('territory'), example: '29019' },
      { header: 'territoires', field: 'activeIn', kind: ref('territory', true), example: '29019' },
      { header: 'freins', field: 'addresses', kind: vocab('barrier', true), example: 'Maîtrise insuffisante du français' },
      { header: 'itinérant', field: 'outreach', kind: { type: 'bool' }, example: 'non' },
      { header: 'sources', field: 'sources', kind: { type: 'sources' }, example: 'entretien du 3 mars 2025' },
    ],
  },
  {
    name: 'dispositifs',
    collection: 'programmes',
    columns: [
      { header: 'identifiant', field: 'id', kind: text, required: true, example: 'exemple-cours' },
      { header: 'nom', field: 'name', kind: text, required: true, example: 'Ateliers sociolinguistiques' },
      { header: 'type', field: 'kind', kind: vocab('programmeKind'), required: true, example: 'Accompagnement global' },
      { header: 'description', field: 'description', kind: text, example: '' },
      { header: 'site web', field: 'website', kind: text, example: '' },
      { header: 'domaines', field: 'domains', kind: vocab('domain', true), example: 'Compétence linguistique' },
      { header: 'freins', field: 'addresses', kind: vocab('barrier', true), example: 'Maîtrise insuffisante du français' },
      { header: 'publics', field: 'publics', kind: vocab('public', true), example: 'BPI' },
      { header: 'territoires', field: 'activeIn', kind: ref('territory', true), example: '29019' },
      { header: 'capacité', field: 'capacity', kind: { type: 'int' }, example: 12 },
      { header: 'début', field: 'startDate', kind: { type: 'date' }, example: '2025-01-06' },
      { header: 'fin', field: 'endDate', kind: { type: 'date' }, example: '' },
      { header: 'itinérant', field: 'outreach', kind: { type: 'bool' }, example: 'non' },
      { header: 'sources', field: 'sources', kind: { type: 'sources' }, example: 'site de l’association' },
    ],
  },
  {
    name: 'liens',
    collection: 'links',
    columns: [
      { header: 'type', field: 'type', kind: vocab('linkType'), required: true, example: 'porte ou met en œuvre' },
      { header: 'de', field: 'from', kind: ref('actor'), required: true, example: 'exemple-asso' },
      { header: 'vers', field: 'to', kind: ref('actorOrProgramme'), required: true, example: 'exemple-cours' },
      { header: 'formalisé', field: 'formal', kind: { type: 'bool' }, example: 'oui' },
      { header: 'note', field: 'note', kind: text, example: '' },
      { header: 'sources', field: 'sources', kind: { type: 'sources' }, example: 'entretien du 3 mars 2025' },
    ],
  },
  {
    name: 'statistiques',
    collection: 'statistics',
    columns: [
      { header: 'territoire', field: 'territory', kind: ref('territory'), required: true, example: '29019' },
      { header: 'indicateur', field: 'indicator', kind: text, required: true, example: 'BPI_COUNT' },
      { header: 'année', field: 'year', kind: { type: 'int' }, example: 2024 },
      { header: 'valeur', field: 'value', kind: { type: 'number' }, required: true, example: 350 },
      { header: 'source', field: 'source', kind: text, example: 'OFII' },
    ],
  },
  {
    name: 'lieux',
    collection: 'sites',
    optional: true,
    columns: [
      { header: 'rattaché à', field: 'of', kind: ref('actorOrProgramme'), required: true, example: 'exemple-asso' },
      { header: 'commune', field: 'commune', kind: ref('territory'), required: true, example: '29019' },
      { header: 'adresse', field: 'address', kind: text, example: '1 rue de Siam' },
      { header: 'libellé', field: 'label', kind: text, example: 'Permanence' },
      { header: 'téléphone', field: 'phone', kind: text, example: '' },
      { header: 'horaires', field: 'hours', kind: text, example: 'mardi 14 h – 17 h' },
    ],
  },
];

/** Case-, accent- and space-insensitive key of a header or a sheet name. */
export const headerKey = (s: string) => searchKey(s).replace(/\s+/g, '');

export interface VocabTerm {
  id: string;
  label: string;
}

const ACTOR_LINK_TYPES = new Set(['OPERATES', 'FUNDS', 'PRESCRIBES', 'PARTNERS_WITH', 'REFERS_TO', 'SHARES_INFO_WITH']);

export const VOCABS: Record<VocabName, { what: string; plural: string; terms: VocabTerm[] }> = {
  level: { what: 'un niveau de territoire', plural: 'niveaux', terms: vocabulary.territoryLevels },
  actorKind: { what: "un type d'acteur", plural: 'types', terms: vocabulary.actorKinds },
  programmeKind: { what: 'un type de dispositif', plural: 'types', terms: vocabulary.programmeKinds },
  domain: { what: 'un domaine', plural: 'domaines', terms: vocabulary.domains },
  barrier: { what: 'un frein', plural: 'freins', terms: vocabulary.barriers },
  public: { what: 'un public', plural: 'publics', terms: vocabulary.publics },
  linkType: {
    what: 'un type de lien',
    plural: 'types',
    terms: vocabulary.links.filter((l) => ACTOR_LINK_TYPES.has(l.type)).map((l) => ({ id: l.type, label: l.label })),
  },
};

/** "Association (CADA, …)" -> "Association": the part of a label before its parenthesis. */
export const shortLabel = (label: string) => label.replace(/\s*\(.*$/, '').trim() || label;

const lookups = new Map<VocabName, Map<string, string>>();
/** The id a vocabulary cell names (its id, its label or its short label), or undefined. */
export function vocabId(name: VocabName, cell: string): string | undefined {
  let map = lookups.get(name);
  if (!map) {
    map = new Map();
    for (const t of VOCABS[name].terms) {
      map.set(searchKey(t.id), t.id);
      map.set(searchKey(t.label), t.id);
      map.set(searchKey(shortLabel(t.label)), t.id);
    }
    lookups.set(name, map);
  }
  return map.get(searchKey(cell));
}

export function vocabLabel(name: VocabName, id: string): string {
  return VOCABS[name].terms.find((t) => t.id === id)?.label ?? id;
}
