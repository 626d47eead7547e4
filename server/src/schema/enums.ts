import { ACTOR_KINDS, LINK_TYPES, PROGRAMME_KINDS, TERRITORY_LEVELS } from '../vocabulary.js';
import { builder } from './builder.js';

export const TerritoryLevelEnum = builder.enumType('TerritoryLevel', { values: TERRITORY_LEVELS });
export const ActorKindEnum = builder.enumType('ActorKind', { values: ACTOR_KINDS as [string, ...string[]] });
export const ProgrammeKindEnum = builder.enumType('ProgrammeKind', { values: PROGRAMME_KINDS as [string, ...string[]] });
export const LinkTypeEnum = builder.enumType('LinkType', { values: LINK_TYPES });
export const CoverageScopeEnum = builder.enumType('CoverageScope', { values: ['FULL', 'PARTIAL'] as const });
export const ImportModeEnum = builder.enumType('ImportMode', { values: ['MERGE', 'REPLACE'] as const });
