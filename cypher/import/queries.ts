// Parameters and rows of the import queries of this folder (one declaration per .cypher file).
import { defineQuery, type NoParams } from '../../server/src/neo4j/query.js';

type Props = Record<string, unknown>;
type Rows<T> = { rows: T[] };
export interface SiteParam {
  commune: string;
  props: Props;
}

export const upsertVocabulary = defineQuery<
  {
    domains: { id: string; label: string; en: string | null }[];
    publics: { id: string; label: string; en: string | null }[];
    barriers: { id: string; label: string; en: string | null; domains: string[] }[];
  },
  never
>('import/upsert-vocabulary');
export const existingGraph = defineQuery<
  NoParams,
  { actors: string[]; programmes: string[]; territories: [string, string][]; partOf: [string, string][]; communes: [string, string][] }
>('import/existing-graph');
/** Takes the write lock of the one ImportLock node: imports run one at a time. */
export const importLock = defineQuery<NoParams, never>('import/lock');
/** Neo4j's transaction memory settings, to size what one import may hold. */
export const memorySettings = defineQuery<NoParams, { name: string; value: string }>('import/memory-settings');
export const existingKeys = defineQuery<
  { territories: string[]; actors: string[]; programmes: string[]; statistics: string[]; links: { type: string; from: string; to: string }[] },
  { existing: number }
>('import/existing-keys');
/** Entities of the cartography (territories, actors, programmes, links, statistics). */
export const countCartography = defineQuery<NoParams, { total: number }>('import/count-cartography');
export const deleteCartography = defineQuery<NoParams, never>('import/delete-cartography');
export const upsertTerritories = defineQuery<Rows<{ id: string; props: Props }>, never>('import/upsert-territories');
export const linkTerritories = defineQuery<Rows<{ id: string; partOf: string[] }>, never>('import/link-territories');
/** Recomputes the derived OVERLAPS relationships between territories (after any change of PART_OF). */
export const linkOverlaps = defineQuery<NoParams, { overlaps: number }>('import/link-overlaps');
export const upsertActors = defineQuery<Rows<{ id: string; activeIn: string[]; addresses: string[]; sites: SiteParam[]; props: Props }>, never>(
  'import/upsert-actors',
);
export const upsertProgrammes = defineQuery<
  Rows<{ id: string; activeIn: string[]; addresses: string[]; domains: string[]; publics: string[]; sites: SiteParam[]; props: Props }>,
  never
>('import/upsert-programmes');
export const upsertLinks = defineQuery<Rows<{ type: string; from: string; to: string; props: Props }>, { written: number }>('import/upsert-links');
export const upsertStatistics = defineQuery<Rows<{ key: string; territory: string; props: Props }>, never>('import/upsert-statistics');
