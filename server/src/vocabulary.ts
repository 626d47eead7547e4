// The reference vocabulary (domains, barriers, publics, kinds), from the project's copy.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fromRoot } from './paths.js';

export interface VocabEntry {
  id: string;
  label: string;
  en?: string;
}
export interface BarrierEntry extends VocabEntry {
  domains: string[];
}
export interface Vocabulary {
  domains: VocabEntry[];
  barriers: BarrierEntry[];
  publics: VocabEntry[];
  actorKinds: VocabEntry[];
  programmeKinds: VocabEntry[];
  territoryLevels: VocabEntry[];
  links: { type: string; from: string; to: string; label: string }[];
}

export const CONTRACT_DIR = fromRoot('contract');

export const vocabulary: Vocabulary = JSON.parse(readFileSync(resolve(CONTRACT_DIR, 'vocabulary.json'), 'utf8'));

export const domainIds = new Set(vocabulary.domains.map((d) => d.id));
export const barrierIds = new Set(vocabulary.barriers.map((d) => d.id));
export const publicIds = new Set(vocabulary.publics.map((d) => d.id));

export const ACTOR_KINDS = vocabulary.actorKinds.map((k) => k.id);
export const PROGRAMME_KINDS = vocabulary.programmeKinds.map((k) => k.id);
export const TERRITORY_LEVELS = ['REGION', 'DEPARTMENT', 'EMPLOYMENT_AREA', 'EPCI', 'COMMUNE'] as const;
export const LINK_TYPES = ['OPERATES', 'FUNDS', 'PRESCRIBES', 'PARTNERS_WITH', 'REFERS_TO', 'SHARES_INFO_WITH'] as const;
export type LinkType = (typeof LINK_TYPES)[number];
/** Link types whose target is a programme; the others link two actors. */
export const ACTOR_PROGRAMME_LINKS: ReadonlySet<string> = new Set(['OPERATES', 'FUNDS', 'PRESCRIBES']);

/** Lower-case, without diacritics, hyphens and apostrophes as spaces: the key of the accent-insensitive search. */
export function searchKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[-‐–—'’_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
