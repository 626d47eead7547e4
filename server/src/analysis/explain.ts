// The French sentences that explain each analysis result, for the interface and the report.
// Pure functions of the rows returned by cypher/analysis/*.cypher (see rows.ts).
import type { TerritoryShape } from '../schema/shapes.js';
import { LEVEL_LABEL, LINK_VERB, list, num, PROGRAMME_ROLE, plural, q } from './french.js';
import type { CirLinkedRow, CirUnlinkedRow, CoverageRow, GapReasonRow, OverlapRow } from './rows.js';

// ---- Barrier coverage ------------------------------------------------------------------

function how(row: Pick<CoverageRow, 'direct' | 'via'>): string {
  const parts: string[] = [];
  if (row.direct) parts.push('directement');
  if (row.via.length) parts.push(`via ${row.via.length === 1 ? 'le dispositif' : 'les dispositifs'} ${list(row.via.map((p) => q(p.name)))}`);
  return parts.join(' et ');
}

export function explainCoveringActor(row: CoverageRow, barrierLabel: string, territory: TerritoryShape | null): string {
  const names = list(row.territories.map((t) => t.name));
  const start = `${row.actor.name} couvre le frein ${q(barrierLabel)} ${how(row)}`;
  if (!territory)
    return row.territories.length ? `${start}, sur son périmètre d’intervention (${names}).` : `${start} (aucun territoire d’intervention renseigné).`;
  if (row.scope === 'FULL') {
    const same = row.territories.length === 1 && row.territories[0]?.id === territory.id;
    return same
      ? `${start} sur tout le territoire demandé (${territory.name}).`
      : `${start} sur tout le territoire demandé (${territory.name}), compris dans son périmètre : ${names}.`;
  }
  return `${start} sur une partie seulement du territoire demandé (${territory.name}) : ${names}.`;
}

export function explainCoverage(rows: readonly CoverageRow[], barrierLabel: string, territory: TerritoryShape | null): string {
  const full = rows.filter((r) => r.scope === 'FULL').length;
  const partial = rows.length - full;
  const frein = `le frein ${q(barrierLabel)}`;
  if (!territory) return rows.length ? `${plural(full, 'acteur')} ${full === 1 ? 'couvre' : 'couvrent'} ${frein}.` : `Aucun acteur ne couvre ${frein}.`;
  if (!rows.length) return `Aucun acteur ne couvre ${frein} sur ${territory.name}, ni en tout ni en partie.`;
  const fullText = full
    ? `${plural(full, 'acteur')} ${full === 1 ? 'couvre' : 'couvrent'} ${frein} sur tout ${territory.name}`
    : `Aucun acteur ne couvre ${frein} sur tout ${territory.name}`;
  return partial ? `${fullText} ; ${plural(partial, 'acteur')} sur une partie seulement.` : `${fullText}.`;
}

// ---- Programme overlaps ----------------------------------------------------------------

export function explainOverlap(row: OverlapRow, barrierLabel: (id: string) => string, publicLabel: (id: string) => string): string {
  const shared = row.sharedBarriers.length;
  const union = Math.round(shared / row.jaccard);
  const barriers = `${shared} ${shared === 1 ? 'frein commun' : 'freins communs'} sur ${union} (${list(row.sharedBarriers.map(barrierLabel))})`;
  const where = `territoire commun : ${list(row.sharedTerritories.map((t) => t.name))}`;
  const publics =
    row.publicFactor === 1
      ? `${row.sharedPublics.length === 1 ? 'public commun' : 'publics communs'} : ${list(row.sharedPublics.map(publicLabel))}`
      : 'l’un des deux seulement s’adresse à tout public (facteur 0,5)';
  return `${q(row.a.name)} et ${q(row.b.name)} se recouvrent (score ${num(row.score)}) : ${barriers} ; ${where} ; ${publics}.`;
}

// ---- Information gaps ------------------------------------------------------------------

const roleVerbs = (roles: readonly string[], form: 'one' | 'many' | 'pronoun') => list(roles.map((r) => PROGRAMME_ROLE[r]?.[form] ?? r.toLowerCase()));
const sameSet = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v) => y.includes(v));
const ROLE_ORDER = ['OPERATES', 'FUNDS', 'PRESCRIBES'];
const ordered = (roles: readonly string[]) => [...roles].sort((u, v) => ROLE_ORDER.indexOf(u) - ROLE_ORDER.indexOf(v));

/** One reason in words, e.g. « opèrent tous deux le programme CIR », « X oriente des bénéficiaires vers Y », « partenaires ». */
export function reasonText(r: GapReasonRow, aName: string, bName: string): string {
  if (r.kind === 'PROGRAMME' && r.programme) {
    const ra = ordered(r.rolesA ?? []);
    const rb = ordered(r.rolesB ?? []);
    const programme = `le programme ${r.programme.name}`;
    if (sameSet(ra, rb)) return `${roleVerbs(ra, 'many')} tous deux ${programme}`;
    return `${aName} ${roleVerbs(ra, 'one')} ${programme}, ${bName} ${roleVerbs(rb, 'pronoun')}`;
  }
  const dirs = r.directions ?? [];
  if (r.kind === 'REFERRAL') {
    if (dirs.length > 1) return `${aName} et ${bName} s’orientent mutuellement des bénéficiaires`;
    return dirs[0] === 'B_TO_A' ? `${bName} oriente des bénéficiaires vers ${aName}` : `${aName} oriente des bénéficiaires vers ${bName}`;
  }
  return r.formal ? 'partenaires (partenariat formalisé)' : 'partenaires';
}

export function explainInformationGap(aName: string, bName: string, reasons: readonly string[]): string {
  return `${aName} et ${bName} n’échangent pas d’information, dans un sens ni dans l’autre, alors qu’ils sont co-impliqués (${plural(reasons.length, 'raison')}) : ${reasons.join(' ; ')}.`;
}

// ---- CIR articulation ------------------------------------------------------------------

export function explainCirPath(row: CirLinkedRow): string {
  const names = row.names;
  const steps = row.links.map((l, i) => {
    const verb = LINK_VERB[l.type] ?? { forward: l.type, backward: l.type };
    return `${l.from === row.path[i] ? verb.forward : verb.backward} ${names[i + 1] ?? row.path[i + 1]}`;
  });
  const chain = steps.map((s, i) => (i === 0 ? `${names[0]} ${s}` : `qui ${s}`)).join(', ');
  return `Distance ${row.distance} : ${chain}.`;
}

export function explainCirUnlinked(row: CirUnlinkedRow, maxHops: number): string {
  if (row.distance == null) return `${row.actor.name} n’a aucun chemin vers le CIR par les liens de la cartographie.`;
  return `${row.actor.name} est à distance ${row.distance} du CIR, au-delà du maximum retenu (${maxHops}).`;
}

export function explainCir(linked: readonly CirLinkedRow[], unlinked: readonly CirUnlinkedRow[], maxHops: number): string {
  const direct = linked.filter((l) => l.distance === 1).length;
  const total = linked.length + unlinked.length;
  return `${plural(linked.length, 'acteur')} sur ${total} ${linked.length === 1 ? 'est lié' : 'sont liés'} au CIR à distance ${maxHops} au plus, dont ${direct} directement ; ${plural(unlinked.length, 'acteur')} ${unlinked.length === 1 ? 'n’est pas lié' : 'ne sont pas liés'}.`;
}

// ---- Coverage gaps ---------------------------------------------------------------------

export function explainCoverageGap(territory: { name: string; level: string }, barrierLabel: string, bpiCount: number | null): string {
  const level = LEVEL_LABEL[territory.level] ?? territory.level.toLowerCase();
  const bpi = bpiCount == null ? 'nombre de BPI inconnu' : `${bpiCount.toLocaleString('fr-FR')} BPI`;
  return `Aucun acteur ne couvre totalement le frein ${q(barrierLabel)} sur ${territory.name} (${level}, ${bpi}).`;
}
