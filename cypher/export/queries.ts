// Parameters and rows of the export query (one declaration per .cypher file).
import { defineQuery, type NoParams } from '../../server/src/neo4j/query.js';

type Props = Record<string, unknown>;
export interface SiteExportRow {
  commune: string;
  address: string | null;
  label: string | null;
  phone: string | null;
  hours: string | null;
}

export const exportAll = defineQuery<
  NoParams,
  {
    territories: { props: Props; partOf: string[] }[];
    actors: { props: Props; activeIn: string[]; addresses: string[]; sites: SiteExportRow[] }[];
    programmes: { props: Props; activeIn: string[]; addresses: string[]; domains: string[]; publics: string[]; sites: SiteExportRow[] }[];
    links: { type: string; from: string; to: string; props: Props }[];
    statistics: Props[];
  }
>('export/all');
