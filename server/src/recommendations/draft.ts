// What every rule produces: a drafted recommendation (what, who, where, why, priority), the
// evidence it rests on, and the helpers the rules share (priority, BPI display, domains and the
// peripheral barriers of the cahier des charges).
import { createHash } from 'node:crypto';
import type { Ref, TerritoryRef } from '../analyses/common/refs.js';
import { disclose } from '../statistics/secrecy.js';
import { vocabulary } from '../vocabulary.js';

export const RULES = ['ZONE_BLANCHE', 'OVERLAP', 'INFORMATION_GAP', 'CIR_DISTANCE'] as const;
export type RuleId = (typeof RULES)[number];

export const PRIORITY_LEVELS = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type PriorityLevel = (typeof PRIORITY_LEVELS)[number];

/** A BPI count as the rules use it: the raw value for the weight, the display with secrecy applied. */
export interface Bpi {
  value: number;
  display: string;
}

export interface Draft {
  /** Stable: the rule and its subject (a barrier, a pair of programmes or actors, a domain). */
  key: string;
  rule: RuleId;
  title: string;
  what: string;
  who: Ref[];
  where: TerritoryRef[];
  why: string;
  domainIds: string[];
  barrierIds: string[];
  /** Sections of the peripheral barriers (PERIPHERAL_BARRIERS ids) this recommendation belongs to. */
  peripheralIds: string[];
  bpi: Bpi | null;
  priority: number;
  priorityLevel: PriorityLevel;
  /** The full drafted text (what, who, where, why, priority), the consultant edits a copy of it. */
  text: string;
  /** The figures the draft rests on; its hash tells whether a regeneration changed them. */
  evidence: unknown;
}

/**
 * The peripheral barriers of the cahier des charges, each a section of the recommendations,
 * mapped to the vocabulary's barrier ids.
 */
export const PERIPHERAL_BARRIERS: readonly { id: string; label: string; labelEn: string; barrierIds: readonly string[] }[] = [
  { id: 'HOUSING', label: 'Logement', labelEn: 'Housing', barrierIds: ['SHELTER', 'HOUSING_ACCESS'] },
  { id: 'MOBILITY', label: 'Mobilité', labelEn: 'Mobility', barrierIds: ['TRANSPORT', 'DRIVING_LICENCE'] },
  { id: 'CHILDCARE', label: "Garde d'enfants", labelEn: 'Childcare', barrierIds: ['CHILDCARE'] },
  { id: 'HEALTH', label: 'Santé', labelEn: 'Health', barrierIds: ['HEALTH_CARE', 'MENTAL_HEALTH'] },
  {
    id: 'TRAINING',
    label: 'Formation professionnelle et métiers en tension',
    labelEn: 'Vocational training and shortage jobs',
    barrierIds: ['VOCATIONAL_TRAINING', 'EMPLOYMENT_ACCESS'],
  },
  { id: 'RECOGNITION', label: 'Reconnaissance des diplômes', labelEn: 'Diploma recognition', barrierIds: ['QUALIFICATION_RECOGNITION'] },
];

const barrierEntry = new Map(vocabulary.barriers.map((b) => [b.id, b]));
const barrierOrder = new Map(vocabulary.barriers.map((b, i) => [b.id, i]));

export const barrierLabel = (id: string) => barrierEntry.get(id)?.label ?? id;

/** Barrier ids in the vocabulary's order, without repeats. */
export const inBarrierOrder = (ids: Iterable<string>) => [...new Set(ids)].sort((a, b) => (barrierOrder.get(a) ?? 1e9) - (barrierOrder.get(b) ?? 1e9));

/** The domains of barriers, in the vocabulary's order. */
export const domainsOf = (barrierIds: readonly string[]) =>
  vocabulary.domains.map((d) => d.id).filter((d) => barrierIds.some((b) => barrierEntry.get(b)?.domains.includes(d)));

export const peripheralOf = (barrierIds: readonly string[]) =>
  PERIPHERAL_BARRIERS.filter((p) => p.barrierIds.some((b) => barrierIds.includes(b))).map((p) => p.id);

/** A BPI figure of a territory level, with statistical secrecy applied to its display (docs/adr/006). */
export function bpiOf(value: number | null, level: string | null): Bpi | null {
  return value == null ? null : { value, display: disclose(value, level, 'BPI_COUNT').display };
}

/** The BPI concerned as a French phrase: the figure, or « non renseigné ». */
export const bpiPhrase = (bpi: Bpi | null) => (bpi ? `${bpi.display} BPI concernés` : 'nombre de BPI concernés non renseigné');

/**
 * The priority rule: severity (0–1, set by each rule) × (1 + log10(1 + BPI concerned)); an unknown
 * BPI count weighs 1. HIGH from 2 (a severe finding where at least about ten BPI live), MEDIUM from
 * 0.75, LOW below.
 */
export function priorityOf(severity: number, bpi: Bpi | null): { priority: number; priorityLevel: PriorityLevel } {
  const priority = Math.round(severity * (1 + (bpi ? Math.log10(1 + Math.max(0, bpi.value)) : 0)) * 100) / 100;
  return { priority, priorityLevel: priority >= 2 ? 'HIGH' : priority >= 0.75 ? 'MEDIUM' : 'LOW' };
}

const LEVEL_FR: Record<PriorityLevel, string> = { HIGH: 'haute', MEDIUM: 'moyenne', LOW: 'basse' };

/** French list: « a, b et c ». */
export function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

export const percent = (share: number) => `${Math.round(share * 100)} %`;

/** A score in French: two decimals with a comma. */
export const decimal = (x: number) => x.toFixed(2).replace('.', ',');

/** Assembles a draft: the text from its parts, the priority from its severity and BPI. */
export function draft(parts: Omit<Draft, 'text' | 'priority' | 'priorityLevel' | 'domainIds' | 'peripheralIds'> & { severity: number }): Draft {
  const { severity, ...rest } = parts;
  const { priority, priorityLevel } = priorityOf(severity, parts.bpi);
  const who = parts.who.length ? frenchList(parts.who.map((a) => a.name)) : 'à identifier';
  const where = parts.where.length ? frenchList(parts.where.map((t) => t.name)) : 'non précisé';
  const text = [
    `Quoi : ${parts.what}`,
    `Qui : ${who}.`,
    `Où : ${where}.`,
    `Pourquoi : ${parts.why}`,
    `Priorité : ${LEVEL_FR[priorityLevel]} (${bpiPhrase(parts.bpi)}).`,
  ].join('\n');
  return { ...rest, domainIds: domainsOf(parts.barrierIds), peripheralIds: peripheralOf(parts.barrierIds), priority, priorityLevel, text };
}

/** The hash of an evidence snapshot (its JSON, keys in the order the rule wrote them). */
export const evidenceHash = (evidence: unknown) => createHash('sha256').update(JSON.stringify(evidence)).digest('hex');
