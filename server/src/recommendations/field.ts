// The GraphQL side of the recommendations (SPEC "Recommendations", deliverable 4): the list, the
// sections of the peripheral barriers, the regeneration and a consultant's review.
import type { StoredRecommendation } from '../../../cypher/recommendations/queries.js';
import { assertDomain, assertTerritory } from '../schema/arguments.js';
import { badInput, builder } from '../schema/builder.js';
import { author } from '../schema/editing.js';
import { BarrierRef, barrierById, DomainRef, domainById, lookup } from '../schema/vocabulary.js';
import { barrierIds } from '../vocabulary.js';
import { PERIPHERAL_BARRIERS, PRIORITY_LEVELS, RULES } from './draft.js';
import { generateDrafts } from './generate.js';
import { listStored, reviewStored, storeDrafts } from './store.js';

const STATUSES = ['DRAFT', 'ACCEPTED', 'DISCARDED'] as const;
/** Longest edited text accepted. */
const MAX_TEXT = 10_000;

const RuleEnum = builder.enumType('RecommendationRule', {
  description:
    'The rule that drafted a recommendation: ZONE_BLANCHE (bring a service closer), OVERLAP (clarify roles), INFORMATION_GAP (formalise the exchange), CIR_DISTANCE (an orientation path to the OFII)',
  values: RULES,
});
const StatusEnum = builder.enumType('RecommendationStatus', { values: STATUSES });
const PriorityEnum = builder.enumType('RecommendationPriority', { values: PRIORITY_LEVELS });

type Peripheral = (typeof PERIPHERAL_BARRIERS)[number];
const PeripheralRef = builder.objectRef<Peripheral>('PeripheralBarrier').implement({
  description: 'A peripheral barrier of the cahier des charges: a section of the recommendations, made of barriers of the vocabulary',
  fields: (t) => ({
    id: t.exposeID('id'),
    label: t.exposeString('label', { description: 'French' }),
    labelEn: t.exposeString('labelEn'),
    barriers: t.field({ type: [BarrierRef], resolve: (p) => lookup(barrierById, p.barrierIds) }),
  }),
});
const peripheralById = new Map(PERIPHERAL_BARRIERS.map((p) => [p.id, p]));

const NamedRef = builder.objectRef<{ id: string; name: string }>('RecommendationSubject').implement({
  description: 'An actor or territory a recommendation names (as it was when drafted)',
  fields: (t) => ({ id: t.exposeID('id'), name: t.exposeString('name') }),
});

const zip = (ids: string[], names: string[]) => ids.map((id, i) => ({ id, name: names[i] ?? id }));

const RecommendationRef = builder.objectRef<StoredRecommendation>('Recommendation').implement({
  description: 'A drafted recommendation and its review by the consultants',
  fields: (t) => ({
    id: t.exposeID('key', { description: 'stable: the rule and its subject' }),
    rule: t.field({ type: RuleEnum, resolve: (r) => r.rule as (typeof RULES)[number] }),
    status: t.field({ type: StatusEnum, resolve: (r) => r.status as (typeof STATUSES)[number] }),
    title: t.exposeString('title', { description: 'French' }),
    text: t.string({ description: 'the consultant’s edited text, or the draft when not edited (French)', resolve: (r) => r.text ?? r.draftText }),
    draftText: t.exposeString('draftText', { description: 'the text the rule drafted (French)' }),
    edited: t.boolean({ resolve: (r) => r.text != null }),
    what: t.exposeString('what', { description: 'what to do (French, drafted)' }),
    why: t.exposeString('why', { description: 'the evidence with its figures (French, drafted)' }),
    actors: t.field({ type: [NamedRef], description: 'who: the actors concerned', resolve: (r) => zip(r.actorIds, r.actorNames) }),
    territories: t.field({ type: [NamedRef], description: 'where', resolve: (r) => zip(r.territoryIds, r.territoryNames) }),
    departmentWide: t.boolean({
      description: 'placed nowhere in particular, or on a department or region: concerns the whole department',
      resolve: async (r, _a, ctx) => {
        if (r.territoryIds.length === 0) return true;
        const places = await Promise.all(r.territoryIds.map((id) => ctx.loaders.territory.load(id)));
        return places.some((p) => p != null && (p.level === 'DEPARTMENT' || p.level === 'REGION'));
      },
    }),
    domains: t.field({ type: [DomainRef], resolve: (r) => lookup(domainById, r.domainIds) }),
    barriers: t.field({ type: [BarrierRef], resolve: (r) => lookup(barrierById, r.barrierIds) }),
    peripheralBarriers: t.field({ type: [PeripheralRef], resolve: (r) => r.peripheralIds.map((id) => peripheralById.get(id)).filter((p) => p != null) }),
    bpiDisplay: t.string({
      nullable: true,
      description: 'the BPI concerned (latest BPI_COUNT), « < 5 » under statistical secrecy; null: non renseigné',
      resolve: (r) => r.bpiDisplay,
    }),
    priority: t.exposeFloat('priority', { description: 'severity × (1 + log10(1 + BPI concerned)); an unknown BPI count weighs 1' }),
    priorityLevel: t.field({ type: PriorityEnum, resolve: (r) => r.priorityLevel as (typeof PRIORITY_LEVELS)[number] }),
    evidence: t.field({ type: 'JSON', description: 'the figures of the finding at the last regeneration', resolve: (r) => JSON.parse(r.evidence) }),
    evidenceChanged: t.exposeBoolean('evidenceChanged', {
      description: 'a regeneration found different figures for this accepted, discarded or edited recommendation (cleared by updateRecommendation)',
    }),
    proposedText: t.string({
      nullable: true,
      description: 'when evidenceChanged: the text drafted from the new figures (updateRecommendation with an empty text adopts it)',
      resolve: (r) => r.proposedText ?? null,
    }),
    findingGone: t.boolean({ description: 'the last regeneration no longer found its finding', resolve: (r) => r.findingGone === true }),
    createdAt: t.exposeString('createdAt'),
    updatedAt: t.string({ nullable: true, resolve: (r) => r.updatedAt }),
    updatedBy: t.string({ nullable: true, resolve: (r) => r.updatedBy }),
  }),
});

const RegenerateResultRef = builder
  .objectRef<{ drafted: number; removed: number; recommendations: StoredRecommendation[] }>('RegenerateRecommendationsResult')
  .implement({
    fields: (t) => ({
      drafted: t.exposeInt('drafted', { description: 'recommendations drafted from the current findings' }),
      removed: t.exposeInt('removed', { description: 'untouched drafts removed because their finding is gone' }),
      recommendations: t.field({
        type: [RecommendationRef],
        description: 'every stored recommendation, highest priority first',
        resolve: (r) => r.recommendations,
      }),
    }),
  });

builder.queryFields((t) => ({
  recommendations: t.field({
    type: [RecommendationRef],
    description: 'The stored recommendations, highest priority first',
    args: {
      status: t.arg({ type: StatusEnum }),
      domainId: t.arg.id({ description: 'only those of this domain' }),
      barrierId: t.arg.id({ description: 'only those of this barrier, or of this peripheral barrier (peripheralBarriers)' }),
      territoryId: t.arg.id({
        description:
          'only those placed in this territory, around it or within it, and the department-wide ones (departmentWide: placed nowhere or on the department)',
      }),
    },
    resolve: async (_r, a, ctx) => {
      const domainId = a.domainId == null ? null : String(a.domainId);
      assertDomain('domainId', domainId);
      const barrierId = a.barrierId == null ? null : String(a.barrierId);
      if (barrierId != null && !barrierIds.has(barrierId) && !peripheralById.has(barrierId))
        throw badInput('barrierId', `unknown barrier or peripheral barrier "${barrierId}"`);
      const territoryId = a.territoryId == null ? null : String(a.territoryId);
      await assertTerritory(ctx, 'territoryId', territoryId);
      return listStored(ctx.db, { status: a.status ?? null, domainId, barrierId, territoryId });
    },
  }),
  peripheralBarriers: t.field({
    type: [PeripheralRef],
    description: 'The peripheral barriers of the cahier des charges, the sections of the recommendations',
    resolve: () => [...PERIPHERAL_BARRIERS],
  }),
}));

builder.mutationFields((t) => ({
  regenerateRecommendations: t.field({
    type: RegenerateResultRef,
    description:
      'Drafts recommendations from the current findings of the analyses. Keeps accepted, discarded and edited ones (updates only their evidence, flags evidenceChanged), replaces untouched drafts, removes drafts whose finding is gone.',
    resolve: async (_r, _a, ctx) => {
      const summary = await storeDrafts(ctx.db, await generateDrafts(ctx));
      return { ...summary, recommendations: await listStored(ctx.db, { status: null, domainId: null, barrierId: null, territoryId: null }) };
    },
  }),
  updateRecommendation: t.field({
    type: RecommendationRef,
    description: 'A consultant’s review: the edited text (an empty text returns to the draft) and/or the status',
    args: { id: t.arg.id({ required: true }), text: t.arg.string(), status: t.arg({ type: StatusEnum }) },
    resolve: async (_r, a, ctx) => {
      if (a.text != null && a.text.length > MAX_TEXT) throw badInput('text', `at most ${MAX_TEXT} characters (got ${a.text.length})`);
      const text = a.text == null ? null : a.text.trim();
      const stored = await reviewStored(ctx.db, String(a.id), text, a.status ?? null, author(ctx));
      if (!stored) throw badInput('id', `unknown recommendation "${a.id}"`);
      return stored;
    },
  }),
}));
