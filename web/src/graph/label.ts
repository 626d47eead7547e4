// The short label drawn on the graph (no imports: the end-to-end tests use it too).

/** Longest label drawn on the graph; the full name is in the details panel and the tables. */
const MAX_LABEL = 32;

/**
 * A short label for the graph: the acronym before a dash ("CIR – Contrat d'intégration…" → "CIR")
 * when there is one, otherwise the name cut at a word boundary.
 */
export function shortLabel(name: string, max = MAX_LABEL): string {
  const s = name.trim();
  const dash = /^(.{2,24}?)\s+[–—-]\s+/.exec(s);
  if (dash?.[1] && s.length > max) return dash[1];
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
