// MERGE rules that depend on what is stored: an id names one record whatever its type,
// and a territory's new level must not break the relations it keeps (stored children that
// the document does not redefine, actors located in it). Checked inside the import's
// write transaction, against what that transaction reads, so that no concurrent write
// can slip in between (see load.ts).
import type { ImportProblem } from './document.js';

/** Nodes already in the database, which a MERGE import may refer to. */
export interface ExistingGraph {
  actors: Set<string>;
  programmes: Set<string>;
  territories: Map<string, string>; // id -> level
  partOf: [string, string][];
  /** [actor id, commune id] of stored actors located in a commune. */
  communes: [string, string][];
}

export const emptyGraph = (): ExistingGraph => ({ actors: new Set(), programmes: new Set(), territories: new Map(), partOf: [], communes: [] });

export const LEVEL_RANK: Record<string, number> = { REGION: 0, DEPARTMENT: 1, EMPLOYMENT_AREA: 2, EPCI: 2, COMMUNE: 3 };

type Item = Record<string, unknown>;
const ids = (list: unknown): [number, string][] =>
  (Array.isArray(list) ? list : []).flatMap((x, i) =>
    x && typeof x === 'object' && typeof (x as Item).id === 'string' ? [[i, (x as Item).id as string]] : [],
  );

export function checkAgainstStored(doc: Item, existing: ExistingGraph): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const storedType = (id: string) =>
    existing.actors.has(id) ? 'an actor' : existing.programmes.has(id) ? 'a programme' : existing.territories.has(id) ? 'a territory' : null;
  const clash = (list: string, own: string) => {
    for (const [i, id] of ids(doc[list])) {
      const stored = storedType(id);
      if (stored && stored !== own) problems.push({ where: `${list}[${i}].id`, message: `id "${id}" is already used by ${stored} in the cartography` });
    }
  };
  clash('actors', 'an actor');
  clash('programmes', 'a programme');
  clash('territories', 'a territory');

  const territories = Array.isArray(doc.territories) ? (doc.territories as unknown[]) : [];
  const docLevel = new Map<string, string>();
  for (const t of territories)
    if (t && typeof t === 'object' && typeof (t as Item).id === 'string') docLevel.set((t as Item).id as string, String((t as Item).level));
  const docActors = new Set(ids(doc.actors).map(([, id]) => id));
  const levelOf = (id: string) => docLevel.get(id) ?? existing.territories.get(id);

  const children = new Map<string, string[]>();
  for (const [c, p] of existing.partOf) if (!docLevel.has(c)) children.set(p, [...(children.get(p) ?? []), c]);
  const locatedIn = new Map<string, string[]>();
  for (const [a, c] of existing.communes) if (!docActors.has(a)) locatedIn.set(c, [...(locatedIn.get(c) ?? []), a]);

  territories.forEach((t, i) => {
    if (!t || typeof t !== 'object') return;
    const { id, level } = t as Item;
    if (typeof id !== 'string' || typeof level !== 'string') return;
    const before = existing.territories.get(id);
    if (before === undefined || before === level) return;
    const rank = LEVEL_RANK[level];
    if (rank === undefined) return;
    const where = `territories[${i}].level`;
    for (const c of children.get(id) ?? []) {
      const cl = levelOf(c);
      const cr = cl === undefined ? undefined : LEVEL_RANK[cl];
      if (cr !== undefined && cr <= rank) {
        problems.push({ where, message: `changing "${id}" from ${before} to ${level} would break its relations: the ${cl} "${c}" is part of it` });
        break;
      }
    }
    const actors = locatedIn.get(id) ?? [];
    if (level !== 'COMMUNE' && actors.length)
      problems.push({
        where,
        message: `changing "${id}" from ${before} to ${level} would break its relations: ${actors.length} actor(s) are located in this commune (e.g. "${actors[0]}")`,
      });
  });
  return problems;
}
