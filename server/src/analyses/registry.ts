// The registry of the analyses: one folder each (its Cypher, row decoding, sentences, definition
// and GraphQL field side by side). Importing a module registers its Query fields; the registry
// gives the Analysis enum and the definitions served to the interface. A new analysis is a new
// folder and one line here.
import { builder } from '../schema/builder.js';
import * as barrierCoverage from './barrier-coverage/index.js';
import * as cirArticulation from './cir-articulation/index.js';
import type { AnalysisDefinition } from './common/definition.js';
import { DEFINITIONS_VERSION } from './common/definition.js';
import * as coverageGaps from './coverage-gaps/index.js';
import * as informationGaps from './information-gaps/index.js';
import * as programmeOverlaps from './programme-overlaps/index.js';

/** The analyses, in the order the interface presents them. */
export const ANALYSES: readonly { definition: AnalysisDefinition }[] = [barrierCoverage, programmeOverlaps, informationGaps, cirArticulation, coverageGaps];

export const DEFINITIONS: readonly AnalysisDefinition[] = ANALYSES.map((a) => a.definition);
const byName = new Map(DEFINITIONS.map((d) => [d.analysis, d]));

export const AnalysisEnum = builder.enumType('Analysis', {
  description: `The analyses of the cartography (definitions ${DEFINITIONS_VERSION}), by their server names`,
  values: DEFINITIONS.map((d) => d.analysis) as [string, ...string[]],
});

const AnalysisDefinitionRef = builder.objectRef<AnalysisDefinition>('AnalysisDefinition').implement({
  description: 'The definition of an analysis, to show next to its results',
  fields: (t) => ({
    analysis: t.field({ type: AnalysisEnum, resolve: (d) => d.analysis }),
    query: t.exposeString('query', { description: 'the Query field that runs it' }),
    version: t.exposeString('version', { description: 'version of the definitions, e.g. v2' }),
    title: t.exposeString('title', { description: 'French title' }),
    titleEn: t.exposeString('titleEn'),
    definition: t.exposeString('definition', { description: 'French text of the definition' }),
    definitionEn: t.exposeString('definitionEn', { description: 'English text (the specification)' }),
  }),
});

builder.queryFields((t) => ({
  analysisDefinitions: t.field({
    type: [AnalysisDefinitionRef],
    description: 'The definitions of the analyses, to show next to their results',
    resolve: () => [...DEFINITIONS],
  }),
  analysisDefinition: t.field({
    type: AnalysisDefinitionRef,
    args: { analysis: t.arg({ type: AnalysisEnum, required: true }) },
    resolve: (_r, { analysis }) => byName.get(analysis) as AnalysisDefinition,
  }),
}));
