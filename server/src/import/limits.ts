// Limits of an interchange document, checked before anything else (before the JSON
// schema, whose validator recurses): nesting depth, size, string lengths, blank ids and
// names, text that is not valid Unicode. Each problem has its location. Kept apart from
// validate.ts so that the fields of the document can grow without touching the limits.
import type { ImportProblem } from './document.js';

/** Longest strings, in characters. Ids and names are indexed (Neo4j's index key limit is 8 kB). */
export const STRING_LIMITS = {
  id: 200,
  name: 500,
  description: 20_000,
  /** Any other text: notes, addresses, sources, titles… */
  other: 2_000,
} as const;

/** The interchange document nests at most 4 levels (document → actors → [i] → activeIn → [j]). */
export const MAX_DEPTH = 8;
/** Problems reported at most per kind, so that a huge broken document gives a readable answer. */
const MAX_PROBLEMS = 200;

/** Fields whose value is an id (or a list of ids) and so has the id limit. */
const ID_FIELDS = new Set(['id', 'from', 'to', 'territory', 'commune', 'partOf', 'activeIn', 'addresses', 'domains', 'publics']);
/** Fields that must not be blank. */
const REQUIRED_TEXT = new Set(['id', 'name']);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function limitOf(field: string): number {
  if (ID_FIELDS.has(field)) return STRING_LIMITS.id;
  if (field === 'name') return STRING_LIMITS.name;
  if (field === 'description') return STRING_LIMITS.description;
  return STRING_LIMITS.other;
}

export interface DocumentLimits {
  /** Largest document, in bytes of JSON (the request body limit). */
  maxBytes?: number;
}

export interface DocumentSize {
  /** Approximate size of the document as JSON, in bytes. */
  bytes: number;
  depth: number;
}

/**
 * Walks the document once, iteratively (a value nested 10,000 levels deep cannot overflow
 * the stack), and returns the problems and the document's approximate size.
 */
export function checkLimits(doc: unknown, limits: DocumentLimits = {}): { problems: ImportProblem[]; size: DocumentSize } {
  const problems: ImportProblem[] = [];
  let bytes = 0;
  let deepest = 0;
  let tooDeep = false;
  const stack: { value: unknown; where: string; field: string; depth: number }[] = [{ value: doc, where: '', field: '', depth: 0 }];
  const at = (where: string) => where || '(document)';
  while (stack.length) {
    const { value, where, field, depth } = stack.pop() as (typeof stack)[number];
    if (depth > deepest) deepest = depth;
    if (typeof value === 'string') {
      bytes += value.length + 2;
      if (problems.length >= MAX_PROBLEMS) continue;
      const max = limitOf(field);
      if (value.length > max) problems.push({ where: at(where), message: `is too long: ${value.length} characters (at most ${max})` });
      if (REQUIRED_TEXT.has(field) && value.trim() === '') problems.push({ where: at(where), message: 'must not be blank' });
      if (LONE_SURROGATE.test(value)) problems.push({ where: at(where), message: 'contains an invalid character (a lone UTF-16 surrogate)' });
      continue;
    }
    if (value === null || typeof value !== 'object') {
      bytes += 8;
      continue;
    }
    if (depth >= MAX_DEPTH) {
      // Located at the field that holds the nested value, not 8 brackets into it.
      if (!tooDeep) problems.push({ where: at(where.replace(/(\[\d+\])+$/, '')), message: `is nested too deeply (at most ${MAX_DEPTH} levels)` });
      tooDeep = true;
      continue;
    }
    if (Array.isArray(value)) {
      bytes += 2 + value.length;
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], where: `${where}[${i}]`, field, depth: depth + 1 });
    } else {
      const entries = Object.entries(value);
      bytes += 2 + entries.length;
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, v] = entries[i] as [string, unknown];
        bytes += k.length + 3;
        stack.push({ value: v, where: where ? `${where}.${k}` : k, field: k, depth: depth + 1 });
      }
    }
  }
  if (limits.maxBytes !== undefined && bytes > limits.maxBytes)
    problems.unshift({
      where: '(document)',
      message: `is too big: about ${mb(bytes)} MB (at most ${mb(limits.maxBytes)} MB); split it, for example by department`,
    });
  return { problems, size: { bytes, depth: deepest } };
}

export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * Transaction memory an import of a document this size needs in Neo4j, estimated from its
 * JSON size: measured on synthetic departments (bench/generate.ts) with Neo4j 5.26, 100
 * departments (12.2 MB) fit in 537 MB and 125 (15.3 MB) did not, so about 40 bytes of
 * transaction state per byte of JSON before the import recorded its change for the history and
 * undo (the whole before and after state of what it wrote: ADR 010); since then a 150-department
 * document (20.1 MB) no longer fits in 1,075 MB (> 53 bytes per byte): 60 keeps a margin.
 */
export const TX_BYTES_PER_DOCUMENT_BYTE = 60;

export function transactionMemoryProblem(size: DocumentSize, txMemoryMax: number | null): ImportProblem | null {
  if (!txMemoryMax) return null;
  const needed = size.bytes * TX_BYTES_PER_DOCUMENT_BYTE;
  if (needed <= txMemoryMax) return null;
  return tooBigForOneTransaction(size.bytes, txMemoryMax);
}

export function tooBigForOneTransaction(bytes: number, txMemoryMax: number | null, whileWriting = false): ImportProblem {
  const fits = txMemoryMax ? ` The database accepts documents up to about ${mb(txMemoryMax / TX_BYTES_PER_DOCUMENT_BYTE)} MB in one import.` : '';
  // Refused while writing although its size was estimated to fit: say what happened, not the estimate.
  const what = whileWriting
    ? `needed more than the memory the database gives one transaction${txMemoryMax ? ` (about ${mb(txMemoryMax)} MB)` : ''} while it was written (about ${mb(bytes)} MB of JSON).`
    : `is too big for one transaction (about ${mb(bytes)} MB of JSON).${fits}`;
  return {
    where: '(document)',
    message:
      `${what} Split it (for example by region, with MERGE), ` +
      'or give the database more memory (NEO4J_EMBEDDED_HEAP_MB for the embedded Neo4j; db.memory.transaction.total.max and the heap on a Neo4j server). Nothing was written.',
  };
}
