// Small helpers to write French sentences: quotes, lists, numbers, link verbs.

/** « name » with French non-breaking spaces. */
export const q = (s: string) => `«\u00a0${s}\u00a0»`;

/** "a", "a et b", "a, b et c". */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** 0.6667 -> "0,67"; 1 -> "1". */
export function num(x: number, digits = 2): string {
  const s = x.toFixed(digits).replace(/\.?0+$/, '');
  return s.replace('.', ',');
}

const FRENCH_NUMBER = new Intl.NumberFormat('fr-FR');
/** 18336 -> "18 336" (one formatter for every number: Number#toLocaleString builds one per call). */
export const int = (n: number) => FRENCH_NUMBER.format(n);

/** "1 acteur", "3 acteurs". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${int(n)} ${n === 1 ? one : many}`;
}

/** Verbs of the actor-programme links: [singular, plural, with a pronoun ("l'opère")]. */
export const PROGRAMME_ROLE: Record<string, { one: string; many: string; pronoun: string }> = {
  OPERATES: { one: 'opère', many: 'opèrent', pronoun: 'l’opère' },
  FUNDS: { one: 'finance', many: 'financent', pronoun: 'le finance' },
  PRESCRIBES: { one: 'prescrit', many: 'prescrivent', pronoun: 'le prescrit' },
};

/** How the start of a link relates to its end, and the reverse, for path sentences. */
export const LINK_VERB: Record<string, { forward: string; backward: string }> = {
  OPERATES: { forward: 'opère', backward: 'est opéré par' },
  FUNDS: { forward: 'finance', backward: 'est financé par' },
  PRESCRIBES: { forward: 'prescrit', backward: 'est prescrit par' },
  PARTNERS_WITH: { forward: 'est partenaire de', backward: 'est partenaire de' },
  REFERS_TO: { forward: 'oriente des bénéficiaires vers', backward: 'reçoit des bénéficiaires orientés par' },
  SHARES_INFO_WITH: { forward: 'échange de l’information avec', backward: 'échange de l’information avec' },
};

/** French labels of the territory levels. */
export const LEVEL_LABEL: Record<string, string> = {
  REGION: 'région',
  DEPARTMENT: 'département',
  EMPLOYMENT_AREA: 'zone d’emploi',
  EPCI: 'intercommunalité',
  COMMUNE: 'commune',
};

/** 12.4 -> "12,4 km"; 0 -> "0 km". */
export const km = (x: number) => `${num(x, 1)} km`;

/** 0.4286 -> "43 %" (French spacing). */
export const percent = (x: number) => `${Math.round(x * 100)}\u00a0%`;

/** « 3 communes sur 7 » (or « territoires » when the leaves are not communes). */
export function partOf(covered: number, total: number, communes: boolean): string {
  const word = communes ? 'commune' : 'territoire';
  return `${int(covered)} ${covered > 1 ? `${word}s` : word} sur ${int(total)}`;
}
