// Where help is given (SPEC, graph model): the `sites` of actors and programmes. The JSON
// schema checks their shape and `outreach`; this module checks what it cannot say. Kept apart
// from validate.ts and called from it, with the same problem format.
import type { ImportProblem } from './document.js';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const FIELDS = ['commune', 'address', 'label', 'phone', 'hours'] as const;

/**
 * Each site's commune is a known COMMUNE (in the document or, for MERGE, in the database),
 * and an actor or a programme does not list the same site twice.
 * `territoryLevel` gives the level of a territory id, undefined when it is unknown.
 */
export function validateSites(doc: Record<string, unknown>, territoryLevel: (id: string) => string | undefined): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const list of ['actors', 'programmes'] as const) {
    arr(doc[list]).forEach((owner, i) => {
      if (!isObj(owner)) return;
      const seen = new Map<string, number>();
      arr(owner.sites).forEach((site, j) => {
        if (!isObj(site)) return;
        const where = `${list}[${i}].sites[${j}]`;
        if (typeof site.commune === 'string') {
          const level = territoryLevel(site.commune);
          if (level === undefined) problems.push({ where: `${where}.commune`, message: `unknown territory "${site.commune}"` });
          else if (level !== 'COMMUNE') problems.push({ where: `${where}.commune`, message: `"${site.commune}" is a ${level}, not a COMMUNE` });
        }
        const key = JSON.stringify(FIELDS.map((f) => site[f] ?? null));
        const first = seen.get(key);
        if (first !== undefined) problems.push({ where, message: `the same site as sites[${first}]` });
        else seen.set(key, j);
      });
    });
  }
  return problems;
}
