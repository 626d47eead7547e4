// Accent- and case-insensitive text keys (mirrors the server's searchKey).
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/Œ/g, 'oe')
    .replace(/Æ/g, 'ae')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[-‐–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Searchable {
  id: string;
  label: string;
}

/**
 * Items whose label matches every word of the query, best first: exact label, then label
 * prefix, then word prefix, then anywhere; then items whose description (`describe`) matches;
 * ties by label.
 */
export function searchItems<T extends Searchable>(items: readonly T[], query: string, limit = 20, describe?: (item: T) => string | undefined): T[] {
  const q = foldText(query);
  if (!q) return [];
  const words = q.split(' ');
  const scored: { item: T; score: number; key: string }[] = [];
  for (const item of items) {
    const key = foldText(item.label);
    if (!words.every((w) => key.includes(w))) {
      const d = describe?.(item);
      if (d) {
        const text = foldText(d);
        if (words.every((w) => text.includes(w))) scored.push({ item, score: 4, key });
      }
      continue;
    }
    let score = 3;
    if (key === q) score = 0;
    else if (key.startsWith(q)) score = 1;
    else if (words.every((w) => key.split(/[\s'(/]+/).some((k) => k.startsWith(w)))) score = 2;
    scored.push({ item, score, key });
  }
  scored.sort((a, b) => a.score - b.score || a.key.localeCompare(b.key));
  return scored.slice(0, limit).map((s) => s.item);
}
