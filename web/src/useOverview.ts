// Level of detail (issue 14): the overview of the scope (graphOverview) when the view would draw
// more than LOD_THRESHOLD elements, and the members of each open group (graphGroupMembers),
// fetched once each and kept while the scope stays the same.
import { useEffect, useMemo, useState } from 'react';
import type { Overview } from './graph/lod';
import type { GraphData } from './graph/types';
import { graphql, request } from './graphql';

const OVERVIEW = graphql(`
  query GraphOverview($territoryId: ID) {
    graphOverview(territoryId: $territoryId) {
      level
      groups { id name level lat lon actorCount programmeCount actorKinds { kind count } programmeKinds { kind count } }
      edges { id source target type links }
    }
  }
`);
const MEMBERS = graphql(`
  query GraphGroupMembers($territoryId: ID!) {
    graphGroupMembers(territoryId: $territoryId) { nodes { id label type kind lat lon } edges { id source target type formal } }
  }
`);

export interface OverviewState {
  overview: Overview | null;
  members: ReadonlyMap<string, GraphData>;
  /** the overview or an open group's members are on their way */
  loading: boolean;
  error: string | null;
}

/** The overview of `scope` when `active`, with the members of the `open` groups. */
export function useOverview(active: boolean, scope: string | null, open: readonly string[]): OverviewState {
  const [overview, setOverview] = useState<{ scope: string | null; data: Overview } | null>(null);
  const [members, setMembers] = useState<{ scope: string | null; byId: Map<string, GraphData> }>({ scope, byId: new Map() });
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!active || (overview && overview.scope === scope)) return;
    const ctl = new AbortController();
    setError(null);
    request(OVERVIEW, { territoryId: scope }, ctl.signal)
      .then((d) => setOverview({ scope, data: d.graphOverview as Overview }))
      .catch((e: unknown) => {
        if (!ctl.signal.aborted) setError(e instanceof Error ? e.message : String(e));
      });
    return () => ctl.abort();
  }, [active, scope, overview]);

  const openKey = open.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: openKey stands for `open`
  useEffect(() => {
    if (!active) return;
    const have = members.scope === scope ? members.byId : new Map<string, GraphData>();
    const missing = open.filter((id) => !have.has(id));
    if (!missing.length) {
      if (members.scope !== scope) setMembers({ scope, byId: have });
      return;
    }
    const ctl = new AbortController();
    Promise.all(missing.map((id) => request(MEMBERS, { territoryId: id }, ctl.signal).then((d) => [id, d.graphGroupMembers as GraphData] as const)))
      .then((rows) => {
        const next = new Map(have);
        for (const [id, g] of rows) next.set(id, g);
        setMembers({ scope, byId: next });
      })
      .catch((e: unknown) => {
        if (!ctl.signal.aborted) setError(e instanceof Error ? e.message : String(e));
      });
    return () => ctl.abort();
  }, [active, scope, openKey, members]);

  const current = overview && overview.scope === scope ? overview.data : null;
  const byId = members.scope === scope ? members.byId : new Map<string, GraphData>();
  const loading = active && !error && (!current || open.some((id) => current.groups.some((g) => g.id === id) && !byId.has(id)));
  return useMemo(() => ({ overview: active ? current : null, members: byId, loading, error }), [active, current, byId, loading, error]);
}
