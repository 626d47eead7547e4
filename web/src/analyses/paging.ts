// National lists that page (programmeOverlapPage, informationGapPage, coverageGapPage): the explorer
// asks for the first page and the next ones on demand (« Afficher plus »).

/** The rows loaded so far and where the next page starts. */
export interface Paged<Row> {
  nodes: Row[];
  /** rows of the whole list; null when not asked (coverage gaps: it computes the whole list) */
  totalCount: number | null;
  endCursor: string | null;
  hasNextPage: boolean;
}

/** A page as the API returns it. */
interface ApiPage<Row> {
  nodes: readonly Row[];
  totalCount?: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

export function fromPage<Row>(p: ApiPage<Row>): Paged<Row> {
  return { nodes: [...p.nodes], totalCount: p.totalCount ?? null, endCursor: p.pageInfo.endCursor, hasNextPage: p.pageInfo.hasNextPage };
}

/** The rows so far followed by the next page. */
export function appendPage<Row>(before: Paged<Row>, next: ApiPage<Row>): Paged<Row> {
  const n = fromPage(next);
  return { ...n, nodes: [...before.nodes, ...n.nodes], totalCount: n.totalCount ?? before.totalCount };
}

/** Rows asked per page. */
export const PAGE_SIZE = 100;
