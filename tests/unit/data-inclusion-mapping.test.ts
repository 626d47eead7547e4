// The data·inclusion mapping (server/data-inclusion/mapping.json) was reviewed code by code: it lists
// every code of the reference lists once, with a reason, and only ids of this project's vocabulary.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS, barrierIds, publicIds } from '../../server/src/vocabulary.js';

const read = (f: string) => JSON.parse(readFileSync(`server/data-inclusion/${f}`, 'utf8'));
const mapping = read('mapping.json') as {
  thematiques: { code: string; barriers: string[]; why: string }[];
  publics: { code: string; publics: string[]; why: string }[];
  reseaux_porteurs: { code: string; kind: string; why: string }[];
};
const codes = (f: string) => (read(`reference/${f}`) as { value: string }[]).map((x) => x.value).sort();

describe('the data·inclusion mapping', () => {
  it('has every thematique and every public of the reference lists, once, with a reason', () => {
    expect(mapping.thematiques.map((m) => m.code).sort()).toEqual(codes('thematiques.json'));
    expect(mapping.publics.map((m) => m.code).sort()).toEqual(codes('publics.json'));
    for (const m of [...mapping.thematiques, ...mapping.publics, ...mapping.reseaux_porteurs]) expect(m.why.length, m.code).toBeGreaterThan(5);
  });

  it('maps to ids of the vocabulary only', () => {
    for (const m of mapping.thematiques) for (const b of m.barriers) expect(barrierIds.has(b), `${m.code} → ${b}`).toBe(true);
    for (const m of mapping.publics) for (const p of m.publics) expect(publicIds.has(p), `${m.code} → ${p}`).toBe(true);
    const networks = codes('reseaux-porteurs.json');
    for (const m of mapping.reseaux_porteurs) {
      expect(ACTOR_KINDS, m.code).toContain(m.kind);
      expect(networks, m.code).toContain(m.code);
    }
    // The public of refugees: `personnes-exilees` → BPI.
    expect(mapping.publics.find((m) => m.code === 'personnes-exilees')?.publics).toContain('BPI');
  });
});
