// Files in and out from the explorer: the data exports of the current view (with the on-screen
// positions) and the upload with its preview (contract/files.md).
import type { Filters } from './graph/urlState';

export const DATA_FORMATS = ['gexf', 'graphml', 'cyjs', 'xlsx', 'csv', 'json'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

/** The view filters as the query string of GET/POST /api/export. */
export function exportQuery(format: DataFormat, f: Filters, style = false): string {
  const q = new URLSearchParams({ format });
  for (const d of f.domains) q.append('domain', d);
  for (const b of f.barriers) q.append('barrier', b);
  if (f.territory) q.append('territory', f.territory);
  for (const k of f.kinds) q.append('kind', k);
  for (const l of f.links) q.append('linkType', l);
  for (const i of f.include) q.append('include', i);
  if (f.formalOnly) q.append('formalOnly', 'true');
  if (style) q.append('style', 'true');
  return q.toString();
}

async function failure(res: Response): Promise<Error> {
  let message = `${res.status} ${res.statusText}`;
  try {
    message = ((await res.json()) as { error?: string }).error ?? message;
  } catch {
    // not JSON: the status says enough
  }
  return new Error(message);
}

/** Downloads the view in a data format; the server names the file. */
export async function fetchExport(query: string, positions: Record<string, { x: number; y: number }>): Promise<{ blob: Blob; fileName: string }> {
  const res = await fetch(`/api/export?${query}`, {
    method: 'POST',
    credentials: 'same-origin',
    // The CSRF header: the server refuses cookie-authenticated POSTs without it.
    headers: { 'content-type': 'application/json', 'x-requested-with': 'agir' },
    body: JSON.stringify({ positions }),
  });
  if (!res.ok) throw await failure(res);
  const fileName = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'agir-cartographie';
  return { blob: await res.blob(), fileName };
}

export interface ImportProblem {
  where: string;
  message: string;
}
export interface ImportAnswer {
  ok: boolean;
  created: number;
  updated: number;
  deleted: number;
  problems: ImportProblem[];
  warnings: ImportProblem[];
  changeId: string | null;
}

/** POST /api/import (multipart), as a preview (dryRun) or for real. */
export async function uploadFile(file: File, mode: 'MERGE' | 'REPLACE', dryRun: boolean): Promise<ImportAnswer> {
  const form = new FormData();
  form.append('file', file, file.name);
  const res = await fetch(`/api/import?mode=${mode}${dryRun ? '&dryRun=true' : ''}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'x-requested-with': 'agir' },
    body: form,
  });
  if (res.status !== 200 && res.status !== 400) throw await failure(res);
  const answer = (await res.json()) as ImportAnswer & { error?: string };
  if (answer.error) throw new Error(answer.error);
  return answer;
}

/** "acteurs, ligne 12, colonne type" -> its parts, for the problems table. */
export function splitWhere(where: string): { sheet: string; line: string; column: string } {
  const m = /^([^,]+), ligne (\d+)(?:, colonne (.+))?$/.exec(where);
  return m ? { sheet: m[1] ?? '', line: m[2] ?? '', column: m[3] ?? '' } : { sheet: where, line: '', column: '' };
}
