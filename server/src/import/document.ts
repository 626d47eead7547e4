// TypeScript shapes of the interchange document (contract/interchange.schema.json).
import type { LinkType } from '../vocabulary.js';

export type TerritoryLevel = 'REGION' | 'DEPARTMENT' | 'EMPLOYMENT_AREA' | 'EPCI' | 'COMMUNE';

export interface TerritoryDoc {
  id: string;
  name: string;
  level: TerritoryLevel;
  partOf?: string[];
  population?: number;
  lat?: number;
  lon?: number;
}
/** Where help is given: a reception point, a branch, a permanence. */
export interface SiteDoc {
  commune: string;
  address?: string;
  label?: string;
  phone?: string;
  hours?: string;
}
export interface ActorDoc {
  id: string;
  name: string;
  kind: string;
  description?: string;
  website?: string;
  email?: string;
  phone?: string;
  address?: string;
  commune?: string;
  activeIn?: string[];
  addresses?: string[];
  sources?: string[];
  sites?: SiteDoc[];
  outreach?: boolean;
}
export interface ProgrammeDoc {
  id: string;
  name: string;
  kind: string;
  description?: string;
  website?: string;
  domains?: string[];
  addresses?: string[];
  publics?: string[];
  activeIn?: string[];
  capacity?: number;
  startDate?: string;
  endDate?: string;
  sources?: string[];
  sites?: SiteDoc[];
  outreach?: boolean;
}
export interface LinkDoc {
  type: LinkType;
  from: string;
  to: string;
  formal?: boolean;
  note?: string;
  sources?: string[];
}
export interface StatisticDoc {
  territory: string;
  indicator: string;
  year?: number;
  value: number;
  source?: string;
}
export interface InterchangeDocument {
  format: 'agir-cartography';
  version: 1;
  title?: string;
  territories?: TerritoryDoc[];
  actors?: ActorDoc[];
  programmes?: ProgrammeDoc[];
  links?: LinkDoc[];
  statistics?: StatisticDoc[];
}

export interface ImportProblem {
  where: string;
  message: string;
}
