// The French sentences of information gaps, for the interface and the report.
import { list, PROGRAMME_ROLE, plural, q } from '../common/french.js';
import { type GapReasonRow, LARGE_PROGRAMME, type LargeProgrammeRow } from './query.js';

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

/** « CIR : 190 acteurs co-impliqués sans échange… » */
export function explainLargeProgramme(row: LargeProgrammeRow): string {
  return `${q(row.programme.name)} : ${plural(row.actorsWithoutExchange, 'acteur')} co-impliqué${row.actorsWithoutExchange === 1 ? '' : 's'} sans échange, sur ${plural(row.participants, 'participant')} (${plural(row.pairsWithoutExchange, 'paire')} sans échange d’information ; dispositif de plus de ${LARGE_PROGRAMME} participants, résumé plutôt que listé paire par paire).`;
}
