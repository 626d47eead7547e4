// The French sentence of a programme overlap, for the interface and the report.
import { list, num, q } from '../common/french.js';
import type { OverlapRow } from './query.js';

export function explainOverlap(row: OverlapRow, barrierLabel: (id: string) => string, publicLabel: (id: string) => string): string {
  const shared = row.sharedBarriers.length;
  const union = Math.round(shared / row.jaccard);
  const barriers = `${shared} ${shared === 1 ? 'frein commun' : 'freins communs'} sur ${union} (${list(row.sharedBarriers.map(barrierLabel))})`;
  const territories = row.sharedTerritories.map((t) => t.name);
  const where = `${territories.length === 1 ? 'territoire commun' : 'territoires communs'} : ${list(territories)}`;
  const publics =
    row.publicFactor === 1
      ? `${row.sharedPublics.length === 1 ? 'public commun' : 'publics communs'} : ${list(row.sharedPublics.map(publicLabel))}`
      : 'l’un des deux seulement s’adresse à tout public (facteur 0,5)';
  return `${q(row.a.name)} et ${q(row.b.name)} se recouvrent (score ${num(row.score)}) : ${barriers} ; ${where} ; ${publics}.`;
}
