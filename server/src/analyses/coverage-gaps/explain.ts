// The French sentence of a coverage gap, for the interface and the report.

import { disclose } from '../../statistics/secrecy.js';
import { int, km, LEVEL_LABEL, partOf, percent, plural, q } from '../common/french.js';
import type { CoverageGapRow } from './query.js';

export function explainCoverageGap(row: CoverageGapRow, barrierLabel: string, maxKm: number): string {
  const level = LEVEL_LABEL[row.territory.level] ?? row.territory.level.toLowerCase();
  // statistical secrecy (docs/adr/011): « < 5 BPI » for 1 to 4 below the department
  const bpi =
    row.bpiCount == null ? 'nombre de BPI inconnu' : disclose(row.bpiCount, row.territory.level, 'BPI_COUNT').secret ? '< 5 BPI' : `${int(row.bpiCount)} BPI`;
  const where = `${row.territory.name} (${level}, ${bpi})`;
  const full =
    row.actorCount === 0
      ? `aucun acteur ne couvre le frein ${q(barrierLabel)} sur tout ${row.territory.name}`
      : `${plural(row.actorCount, 'acteur')} ${row.actorCount === 1 ? 'couvre' : 'couvrent'} le frein ${q(barrierLabel)} sur tout ${row.territory.name}`;
  const communes = row.leafCount === 1 ? 'la commune' : partOf(row.reachedCount, row.leafCount, true);
  const reached =
    row.reachedCount === 0
      ? `${row.leafCount === 1 ? 'la commune n’est pas' : 'aucune commune n’est'} à ${km(maxKm)} au plus d’un lieu d’accueil`
      : `${communes} ${row.reachedCount === 1 ? 'est' : 'sont'} à ${km(maxKm)} au plus d’un lieu d’accueil${row.weighted ? ` (${percent(row.reachedShare)} de la population)` : ''}`;
  const start = row.actorCount === 0 && row.reachedShare === 0 ? `Zone blanche sur ${where} : ` : `${where} : `;
  return `${start}${full} ; ${reached}.`;
}
