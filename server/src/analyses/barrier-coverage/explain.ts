// The French sentences of barrier coverage, for the interface and the report.
import type { TerritoryShape } from '../../schema/shapes.js';
import { km, list, partOf, percent, plural, q } from '../common/french.js';
import type { CoveringActorRow } from './query.js';

function how(row: Pick<CoveringActorRow, 'direct' | 'via'>): string {
  const parts: string[] = [];
  if (row.direct) parts.push('directement');
  if (row.via.length) parts.push(`via ${row.via.length === 1 ? 'le dispositif' : 'les dispositifs'} ${list(row.via.map((p) => q(p.name)))}`);
  return parts.join(' et ');
}

/** Where the nearest help is, for a commune: « à 12,4 km (Brest) », « intervient à domicile / à distance ». */
function distance(row: CoveringActorRow): string {
  if (row.distanceKm == null) return ' ; distance inconnue (aucun lieu d’accueil localisé)';
  if (row.nearestCommune == null) return ' ; intervient à domicile / à distance';
  if (row.distanceKm === 0) return ` ; lieu d’accueil sur place (${row.nearestCommune})`;
  return ` ; lieu d’accueil le plus proche à ${km(row.distanceKm)} (${row.nearestCommune})`;
}

export function explainCoveringActor(row: CoveringActorRow, barrierLabel: string, territory: TerritoryShape | null): string {
  const start = `${row.actor.name} couvre le frein ${q(barrierLabel)} ${how(row)}`;
  if (!territory) {
    const names = list(row.territories.map((t) => t.name));
    return row.territories.length ? `${start}, sur son périmètre d’intervention (${names}).` : `${start} (aucun territoire d’intervention renseigné).`;
  }
  const isCommune = territory.level === 'COMMUNE';
  const count = row.leafCount > 1 ? ` (${partOf(row.covered, row.leafCount, row.communes)})` : '';
  const near = isCommune ? distance(row) : '';
  if (row.scope === 'FULL') return `${start} sur tout ${territory.name}${count}${near}.`;
  const population = row.populationShare == null ? '' : `, ${percent(row.populationShare)} de la population`;
  return `${start} sur une partie de ${territory.name} : ${partOf(row.covered, row.leafCount, row.communes)}${population}.`;
}

export function explainCoverage(rows: readonly CoveringActorRow[], barrierLabel: string, territory: TerritoryShape | null): string {
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
