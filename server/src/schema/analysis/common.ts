// What the analysis types share: argument checks, loader priming, the definitions query.
import { ANALYSES, type Analysis, type AnalysisDefinition, DEFINITIONS } from '../../analysis/definitions.js';
import { badInput, builder, type Context } from '../builder.js';
import type { ActorShape, ProgrammeShape, TerritoryShape } from '../shapes.js';

export const MAX_LIMIT = 100_000;

/** The row limit to pass to Cypher: `limit` when given (1…MAX_LIMIT), else all rows. */
export function checkLimit(limit: number | null | undefined): number {
  if (limit == null) return MAX_LIMIT;
  if (limit < 1 || limit > MAX_LIMIT) throw badInput('limit', `must be between 1 and ${MAX_LIMIT} (got ${limit})`);
  return limit;
}

export async function assertActor(ctx: Context, argument: string, id: string | null) {
  if (id != null && !(await ctx.loaders.actor.load(id))) throw badInput(argument, `unknown actor "${id}"`);
}

export async function assertProgramme(ctx: Context, argument: string, id: string | null) {
  if (id != null && !(await ctx.loaders.programme.load(id))) throw badInput(argument, `unknown programme "${id}"`);
}

/** Fills the per-request loaders with nodes an analysis already returned (no second query for them). */
export function prime(ctx: Context, nodes: { actors?: ActorShape[]; programmes?: ProgrammeShape[]; territories?: (TerritoryShape | null)[] }) {
  for (const a of nodes.actors ?? []) ctx.loaders.actor.prime(a.id, a);
  for (const p of nodes.programmes ?? []) ctx.loaders.programme.prime(p.id, p);
  for (const t of nodes.territories ?? []) if (t) ctx.loaders.territory.prime(t.id, t);
}

export const idOrNull = (v: string | number | null | undefined) => (v == null ? null : String(v));
export const nonEmpty = <T>(a: readonly T[] | null | undefined) => (a?.length ? [...a] : null);

export const AnalysisEnum = builder.enumType('Analysis', {
  description: 'The analyses of the cartography (definitions v1)',
  values: ANALYSES,
});

const AnalysisDefinitionRef = builder.objectRef<AnalysisDefinition>('AnalysisDefinition').implement({
  description: 'The definition of an analysis, to show next to its results',
  fields: (t) => ({
    analysis: t.field({ type: AnalysisEnum, resolve: (d) => d.analysis }),
    query: t.exposeString('query', { description: 'the Query field that runs it' }),
    version: t.exposeString('version', { description: 'version of the definitions, e.g. v1' }),
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
    resolve: () => ANALYSES.map((a) => DEFINITIONS[a]),
  }),
  analysisDefinition: t.field({
    type: AnalysisDefinitionRef,
    args: { analysis: t.arg({ type: AnalysisEnum, required: true }) },
    resolve: (_r, { analysis }) => DEFINITIONS[analysis as Analysis],
  }),
}));

/** A `definition` field for result types, giving the French definition of `analysis`. */
export const definitionOf = (analysis: Analysis) => DEFINITIONS[analysis].definition;
