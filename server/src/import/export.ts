// Export of the whole cartography as an interchange document (a backup that a
// REPLACE import restores identically). Output order is stable: sorted by id.
import { exportAll, type SiteExportRow } from '../../../cypher/export/queries.js';
import type { Executor } from '../neo4j/executor.js';
import type { RowOf } from '../neo4j/query.js';
import type { ActorDoc, InterchangeDocument, LinkDoc, ProgrammeDoc, SiteDoc, StatisticDoc, TerritoryDoc } from './document.js';
import { INTERCHANGE_FIELDS } from './fields.js';

type Props = Record<string, unknown>;

function pick<T>(o: Props, keys: readonly string[]): T {
  const out: Props = {};
  for (const k of keys) if (o[k] !== undefined && o[k] !== null) out[k] = o[k];
  return out as T;
}
const nonEmpty = <T>(a: T[]) => (a.length ? a : undefined);
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Sites in their stored (document) order, without empty fields. */
const sites = (list: SiteExportRow[]) => nonEmpty(list.map((s) => pick<SiteDoc>({ ...s }, INTERCHANGE_FIELDS.sites)));

type ExportRow = RowOf<typeof exportAll>;
const ACTOR_FIELDS = INTERCHANGE_FIELDS.actors;
const PROGRAMME_FIELDS = INTERCHANGE_FIELDS.programmes;

/** A stored territory (a row of export/all.cypher) in the interchange shape. */
export const territoryDoc = (t: ExportRow['territories'][number]): TerritoryDoc =>
  pick<TerritoryDoc>({ ...t.props, partOf: nonEmpty(t.partOf) }, INTERCHANGE_FIELDS.territories);
/** A stored actor in the interchange shape. */
export const actorDoc = (a: ExportRow['actors'][number]): ActorDoc =>
  pick<ActorDoc>({ ...a.props, activeIn: nonEmpty(a.activeIn), addresses: nonEmpty(a.addresses), sites: sites(a.sites) }, ACTOR_FIELDS);
/** A stored programme in the interchange shape. */
export const programmeDoc = (p: ExportRow['programmes'][number]): ProgrammeDoc =>
  pick<ProgrammeDoc>(
    {
      ...p.props,
      activeIn: nonEmpty(p.activeIn),
      addresses: nonEmpty(p.addresses),
      domains: nonEmpty(p.domains),
      publics: nonEmpty(p.publics),
      sites: sites(p.sites),
    },
    PROGRAMME_FIELDS,
  );
/** A stored link in the interchange shape. */
export const linkDoc = (l: ExportRow['links'][number]): LinkDoc =>
  pick<LinkDoc>({ type: l.type, from: l.from, to: l.to, ...l.props }, INTERCHANGE_FIELDS.links);
/** A stored statistic in the interchange shape. */
export const statisticDoc = (s: Props): StatisticDoc => pick<StatisticDoc>(s, INTERCHANGE_FIELDS.statistics);

export async function exportDocument(db: Executor, title = 'Cartographie AGIR'): Promise<InterchangeDocument> {
  const [row] = await db.read(exportAll, {});
  if (!row) throw new Error('export query returned nothing');
  const territories = row.territories.map(territoryDoc).sort(byId);
  const actors = row.actors.map(actorDoc).sort(byId);
  const programmes = row.programmes.map(programmeDoc).sort(byId);
  const links = row.links.map(linkDoc).sort((a, b) => cmp(a.type, b.type) || cmp(a.from, b.from) || cmp(a.to, b.to));
  const statistics = row.statistics
    .map(statisticDoc)
    .sort((a, b) => cmp(a.territory, b.territory) || cmp(a.indicator, b.indicator) || (a.year ?? 0) - (b.year ?? 0));
  return { format: 'agir-cartography', version: 1, title, territories, actors, programmes, links, statistics };
}
