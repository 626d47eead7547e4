// What the rules know beyond the analyses' rows: the actors and programmes they name (barriers,
// territories, operators), the latest BPI count of territories, the actors of a barrier.
import type { Ref, TerritoryRef } from '../../analyses/common/refs.js';
import { type Bpi, bpiOf } from '../draft.js';

export interface Subject extends Ref {
  barriers: string[];
  territories: TerritoryRef[];
  /** programmes: the actors that operate it */
  operators: Ref[];
}

export interface RuleContext {
  subjects: Map<string, Subject>;
  /** latest BPI_COUNT by territory id */
  bpi: Map<string, number>;
  /** actors that address a barrier, by barrier id (by name, a few) */
  barrierActors: Map<string, Ref[]>;
}

/**
 * The BPI concerned by territories that may nest (a department and its EPCI): the largest known
 * latest figure among them (nested figures are not added), null when none is known.
 */
export function largestBpi(territories: readonly TerritoryRef[], bpi: Map<string, number>): Bpi | null {
  let best: TerritoryRef | null = null;
  for (const t of territories) {
    const v = bpi.get(t.id);
    if (v != null && (best == null || v > (bpi.get(best.id) ?? 0))) best = t;
  }
  return best ? bpiOf(bpi.get(best.id) ?? 0, best.level) : null;
}
