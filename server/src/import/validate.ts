// Whole-document validation of an interchange document: JSON schema first, then
// the rules a schema cannot say (unique ids, references, endpoint types, cycles).
// Every problem is reported with its location; nothing is written by this module.
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { ACTOR_PROGRAMME_LINKS, barrierIds, domainIds, publicIds } from '../vocabulary.js';
import { checkAgainstStored, type ExistingGraph, emptyGraph, LEVEL_RANK } from './consistency.js';
import type { ImportProblem } from './document.js';
import { checkLimits, type DocumentLimits } from './limits.js';
import { interchangeSchema } from './schema.js';
import { validateSites } from './sites.js';

export { type ExistingGraph, emptyGraph };

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateSchema = ajv.compile(interchangeSchema);

/** "/actors/3/kind" -> "actors[3].kind" */
export function pointerToPath(pointer: string): string {
  let out = '';
  for (const seg of pointer.split('/').slice(1)) {
    const s = seg.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\d+$/.test(s) ? `[${s}]` : out ? `.${s}` : s;
  }
  return out || '(document)';
}

function schemaProblem(e: ErrorObject, doc: unknown): ImportProblem {
  const where = pointerToPath(e.instancePath);
  const value = e.instancePath
    .split('/')
    .slice(1)
    .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), doc);
  const join = (w: string, f: string) => (w === '(document)' ? f : `${w}.${f}`);
  switch (e.keyword) {
    case 'required':
      return { where: join(where, String(e.params.missingProperty)), message: 'is required' };
    case 'additionalProperties':
      return { where: join(where, String(e.params.additionalProperty)), message: 'unknown field' };
    case 'enum':
      return { where, message: `unknown value ${JSON.stringify(value)} (expected one of ${(e.params.allowedValues as unknown[]).join(', ')})` };
    case 'const':
      return { where, message: `must be ${JSON.stringify(e.params.allowedValue)} (got ${JSON.stringify(value)})` };
    case 'type':
      return { where, message: `must be of type ${String(e.params.type)} (got ${JSON.stringify(value)})` };
    default:
      return { where, message: `${e.message ?? 'is invalid'}${value !== undefined && typeof value !== 'object' ? ` (got ${JSON.stringify(value)})` : ''}` };
  }
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function strings(v: unknown): string[] {
  return arr(v).filter((x): x is string => typeof x === 'string');
}

/**
 * Validates a document. `existing` holds what a MERGE import may refer to in the
 * database (empty for REPLACE). Returns every problem found; empty means valid.
 */
export function validateDocument(doc: unknown, existing: ExistingGraph = emptyGraph(), limits: DocumentLimits = {}): ImportProblem[] {
  const problems: ImportProblem[] = [];
  if (!isObj(doc)) return [{ where: '(document)', message: 'must be a JSON object' }];
  // Size, nesting, lengths and blank values first: the schema validator recurses and the
  // database refuses over-long index keys with an opaque error.
  const limited = checkLimits(doc, limits).problems;
  if (limited.some((p) => p.where === '(document)' || p.message.startsWith('is nested too deeply'))) return limited;
  problems.push(...limited);
  if (!validateSchema(doc)) {
    const seen = new Set<string>();
    for (const e of validateSchema.errors ?? []) {
      const p = schemaProblem(e, doc);
      const k = `${p.where}|${p.message}`;
      if (!seen.has(k)) {
        seen.add(k);
        problems.push(p);
      }
    }
  }

  const territories = arr(doc.territories).filter(isObj);
  const actors = arr(doc.actors).filter(isObj);
  const programmes = arr(doc.programmes).filter(isObj);

  // Ids: unique within their array, and one id names one node whatever its type.
  const owner = new Map<string, string>(); // id -> where it was first declared
  const declare = (list: Record<string, unknown>[], name: string) => {
    arr(doc[name]).forEach((item, i) => {
      if (!isObj(item) || typeof item.id !== 'string' || !item.id) return;
      const first = owner.get(item.id);
      if (first) problems.push({ where: `${name}[${i}].id`, message: `duplicate id "${item.id}" (already used by ${first})` });
      else owner.set(item.id, `${name}[${i}]`);
    });
    return list;
  };
  declare(territories, 'territories');
  declare(actors, 'actors');
  declare(programmes, 'programmes');
  const vocabIds = new Map<string, string>([
    ...[...domainIds].map((d) => [d, 'domain'] as const),
    ...[...barrierIds].map((b) => [b, 'barrier'] as const),
    ...[...publicIds].map((p) => [p, 'public'] as const),
  ]);
  for (const [id, where] of owner) {
    const v = vocabIds.get(id);
    if (v) problems.push({ where: `${where}.id`, message: `id "${id}" is reserved by the reference vocabulary (a ${v})` });
  }

  // What each id is, in the document or (MERGE) in the database.
  const docTerritory = new Map<string, string>();
  for (const t of territories) if (typeof t.id === 'string') docTerritory.set(t.id, String(t.level));
  const docActors = new Set(actors.map((a) => a.id).filter((x): x is string => typeof x === 'string'));
  const docProgrammes = new Set(programmes.map((p) => p.id).filter((x): x is string => typeof x === 'string'));
  const territoryLevel = (id: string) => docTerritory.get(id) ?? existing.territories.get(id);
  const isActor = (id: string) => docActors.has(id) || (existing.actors.has(id) && !docProgrammes.has(id) && !docTerritory.has(id));
  const isProgramme = (id: string) => docProgrammes.has(id) || (existing.programmes.has(id) && !docActors.has(id) && !docTerritory.has(id));

  const refs = (list: unknown, where: string, check: (id: string) => boolean, what: string) => {
    const seen = new Set<string>();
    arr(list).forEach((id, j) => {
      if (typeof id !== 'string') return;
      if (!check(id)) problems.push({ where: `${where}[${j}]`, message: `unknown ${what} "${id}"` });
      else if (seen.has(id)) problems.push({ where: `${where}[${j}]`, message: `${what} "${id}" is listed twice` });
      seen.add(id);
    });
  };
  const isTerritory = (id: string) => territoryLevel(id) !== undefined;

  arr(doc.territories).forEach((t, i) => {
    if (!isObj(t)) return;
    refs(t.partOf, `territories[${i}].partOf`, isTerritory, 'territory');
    const rank = LEVEL_RANK[String(t.level)];
    strings(t.partOf).forEach((pid, j) => {
      if (pid === t.id) {
        problems.push({ where: `territories[${i}].partOf[${j}]`, message: `territory "${pid}" cannot be part of itself` });
        return;
      }
      const pl = territoryLevel(pid);
      const pr = pl === undefined ? undefined : LEVEL_RANK[pl];
      if (rank !== undefined && pr !== undefined && pr >= rank)
        problems.push({
          where: `territories[${i}].partOf[${j}]`,
          message: `a ${String(t.level)} cannot be part of the ${pl} "${pid}" (the parent must be a larger territory level)`,
        });
    });
  });
  // Territory cycles through PART_OF (document edges plus, for MERGE, stored ones
  // of territories the document does not redefine).
  const parents = new Map<string, string[]>();
  for (const [c, p] of existing.partOf) if (!docTerritory.has(c)) parents.set(c, [...(parents.get(c) ?? []), p]);
  for (const t of territories) if (typeof t.id === 'string') parents.set(t.id, strings(t.partOf));
  const state = new Map<string, 1 | 2>();
  const reportedCycle = new Set<string>();
  const visit = (id: string, stack: string[]) => {
    state.set(id, 1);
    for (const p of parents.get(id) ?? []) {
      if (state.get(p) === 1) {
        const cycle = [...stack.slice(stack.indexOf(p)), id, p];
        const key = [...new Set(cycle)].sort().join(',');
        if (!reportedCycle.has(key)) {
          reportedCycle.add(key);
          const where = owner.get(id) ?? `territory ${id}`;
          problems.push({ where: `${where}.partOf`, message: `territory cycle: ${cycle.join(' → ')}` });
        }
      } else if (!state.has(p)) visit(p, [...stack, id]);
    }
    state.set(id, 2);
  };
  for (const id of parents.keys()) if (!state.has(id)) visit(id, []);

  arr(doc.actors).forEach((a, i) => {
    if (!isObj(a)) return;
    if (typeof a.commune === 'string') {
      const lvl = territoryLevel(a.commune);
      if (lvl === undefined) problems.push({ where: `actors[${i}].commune`, message: `unknown territory "${a.commune}"` });
      else if (lvl !== 'COMMUNE') problems.push({ where: `actors[${i}].commune`, message: `"${a.commune}" is a ${lvl}, not a COMMUNE` });
    }
    refs(a.activeIn, `actors[${i}].activeIn`, isTerritory, 'territory');
    refs(a.addresses, `actors[${i}].addresses`, (id) => barrierIds.has(id), 'barrier');
  });
  arr(doc.programmes).forEach((p, i) => {
    if (!isObj(p)) return;
    refs(p.activeIn, `programmes[${i}].activeIn`, isTerritory, 'territory');
    refs(p.addresses, `programmes[${i}].addresses`, (id) => barrierIds.has(id), 'barrier');
    refs(p.domains, `programmes[${i}].domains`, (id) => domainIds.has(id), 'domain');
    refs(p.publics, `programmes[${i}].publics`, (id) => publicIds.has(id), 'public');
    if (typeof p.startDate === 'string' && typeof p.endDate === 'string' && p.endDate < p.startDate)
      problems.push({ where: `programmes[${i}].endDate`, message: `ends (${p.endDate}) before it starts (${p.startDate})` });
  });

  problems.push(...validateSites(doc, territoryLevel));

  const linkKeys = new Map<string, number>();
  arr(doc.links).forEach((l, i) => {
    if (!isObj(l) || typeof l.type !== 'string') return;
    const from = typeof l.from === 'string' ? l.from : undefined;
    const to = typeof l.to === 'string' ? l.to : undefined;
    if (from !== undefined && !isActor(from)) {
      problems.push({
        where: `links[${i}].from`,
        message: isProgramme(from) || isTerritory(from) ? `"${from}" is not an actor: a ${l.type} link starts from an actor` : `unknown actor "${from}"`,
      });
    }
    if (to !== undefined) {
      const wantsProgramme = ACTOR_PROGRAMME_LINKS.has(l.type);
      if (wantsProgramme && !isProgramme(to))
        problems.push({
          where: `links[${i}].to`,
          message: isActor(to) ? `"${to}" is an actor: a ${l.type} link points to a programme` : `unknown programme "${to}"`,
        });
      if (!wantsProgramme && !isActor(to))
        problems.push({
          where: `links[${i}].to`,
          message: isProgramme(to) ? `"${to}" is a programme: a ${l.type} link points to an actor` : `unknown actor "${to}"`,
        });
      if (!wantsProgramme && from === to && isActor(to)) problems.push({ where: `links[${i}].to`, message: `an actor cannot be linked to itself ("${to}")` });
    }
    const key = `${l.type}|${from}|${to}`;
    const prev = linkKeys.get(key);
    if (prev !== undefined) problems.push({ where: `links[${i}]`, message: `duplicate ${l.type} link from "${from}" to "${to}" (same as links[${prev}])` });
    else linkKeys.set(key, i);
  });

  const statKeys = new Map<string, number>();
  arr(doc.statistics).forEach((s, i) => {
    if (!isObj(s)) return;
    if (typeof s.territory === 'string' && !isTerritory(s.territory))
      problems.push({ where: `statistics[${i}].territory`, message: `unknown territory "${s.territory}"` });
    const key = `${s.territory}|${s.indicator}|${s.year ?? ''}`;
    const prev = statKeys.get(key);
    if (prev !== undefined)
      problems.push({
        where: `statistics[${i}]`,
        message: `duplicate statistic ${s.indicator} for "${s.territory}"${s.year ? ` in ${s.year}` : ''} (same as statistics[${prev}])`,
      });
    else statKeys.set(key, i);
  });

  problems.push(...checkAgainstStored(doc, existing));
  return problems;
}
