// The French sentences of the CIR articulation, for the interface and the report.
import { LINK_VERB, plural } from '../common/french.js';
import type { CirLinkedRow, CirUnlinkedRow } from './query.js';

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
  return maxHops === 0
    ? `${row.actor.name} n’est pas compté comme lié au CIR (distance maximale retenue : 0).`
    : `${row.actor.name} n’est pas relié au CIR en ${plural(maxHops, 'lien')} au plus (distance maximale retenue).`;
}

export function explainCir(linked: readonly CirLinkedRow[], unlinked: readonly CirUnlinkedRow[], maxHops: number): string {
  const direct = linked.filter((l) => l.distance === 1).length;
  const total = linked.length + unlinked.length;
  return `${plural(linked.length, 'acteur')} sur ${total} ${linked.length === 1 ? 'est lié' : 'sont liés'} au CIR à distance ${maxHops} au plus, dont ${direct} directement ; ${plural(unlinked.length, 'acteur')} ${unlinked.length === 1 ? 'n’est pas lié' : 'ne sont pas liés'}.`;
}
