// Export of the whole cartography as an interchange document (a backup that a
// REPLACE import restores identically). Output order is stable: sorted by id.
import { exportAll, type SiteExportRow } from '../../../cypher/export/queries.js';
import type { Executor } from '../neo4j/executor.js';
import type { ActorDoc, InterchangeDocument, LinkDoc, ProgrammeDoc, SiteDoc, StatisticDoc, TerritoryDoc } from './document.js';

type Props = Record<string, unknown>;

function pick<T>(o: Props, keys: string[]): T {
  const out: Props = {};
  for (const k of keys) if (o[k] !== undefined && o[k] !== null) out[k] = o[k];
  return out as T;
}
const nonEmpty = <T>(a: T[]) => (a.length ? a : undefined);
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Sites in their stored (document) order, without empty fields. */
const sites = (list: SiteExportRow[]) => nonEmpty(list.map((s) => pick<SiteDoc>({ ...s }, ['commune', 'address', 'label', 'phone', 'hours'])));

export async function exportDocument(db: Executor, title = 'Cartographie AGIR'): Promise<InterchangeDocument> {
  const [row] = await db.read(exportAll, {});
  if (!row) throw new Error('export query returned nothing');
  const territories = row.territories
    .map((t) => ({
      ...pick<TerritoryDoc>(t.props, ['id', 'name', 'level']),
      partOf: nonEmpty(t.partOf),
      ...pick<Partial<TerritoryDoc>>(t.props, ['population', 'lat', 'lon']),
    }))
    .map((t) => pick<TerritoryDoc>(t as Props, ['id', 'name', 'level', 'partOf', 'population', 'lat', 'lon']))
    .sort(byId);
  const actors = row.actors
    .map((a) =>
      pick<ActorDoc>({ ...a.props, activeIn: nonEmpty(a.activeIn), addresses: nonEmpty(a.addresses), sites: sites(a.sites) }, [
        'id',
        'name',
        'kind',
        'description',
        'website',
        'email',
        'phone',
        'address',
        'commune',
        'activeIn',
        'addresses',
        'sources',
        'sites',
        'outreach',
      ]),
    )
    .sort(byId);
  const programmes = row.programmes
    .map((p) =>
      pick<ProgrammeDoc>(
        {
          ...p.props,
          activeIn: nonEmpty(p.activeIn),
          addresses: nonEmpty(p.addresses),
          domains: nonEmpty(p.domains),
          publics: nonEmpty(p.publics),
          sites: sites(p.sites),
        },
        [
          'id',
          'name',
          'kind',
          'description',
          'website',
          'domains',
          'addresses',
          'publics',
          'activeIn',
          'capacity',
          'startDate',
          'endDate',
          'sources',
          'sites',
          'outreach',
        ],
      ),
    )
    .sort(byId);
  const links = row.links
    .map((l) => pick<LinkDoc>({ type: l.type, from: l.from, to: l.to, ...l.props }, ['type', 'from', 'to', 'formal', 'note', 'sources']))
    .sort((a, b) => cmp(a.type, b.type) || cmp(a.from, b.from) || cmp(a.to, b.to));
  const statistics = row.statistics
    .map((s) => pick<StatisticDoc>(s, ['territory', 'indicator', 'year', 'value', 'source']))
    .sort((a, b) => cmp(a.territory, b.territory) || cmp(a.indicator, b.indicator) || (a.year ?? 0) - (b.year ?? 0));
  return { format: 'agir-cartography', version: 1, title, territories, actors, programmes, links, statistics };
}
