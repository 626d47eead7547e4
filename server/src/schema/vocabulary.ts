// Domains, barriers and publics: the reference vocabulary, served from memory.
import { type BarrierEntry, type VocabEntry, vocabulary } from '../vocabulary.js';
import { builder } from './builder.js';

export const domainById = new Map(vocabulary.domains.map((d) => [d.id, d]));
export const barrierById = new Map(vocabulary.barriers.map((b) => [b.id, b]));
export const publicById = new Map(vocabulary.publics.map((p) => [p.id, p]));

export const DomainRef = builder.objectRef<VocabEntry>('Domain');
export const BarrierRef = builder.objectRef<BarrierEntry>('Barrier');
export const PublicRef = builder.objectRef<VocabEntry>('Public');

/** Resolves ids to vocabulary entries, dropping unknown ones. */
export function lookup<T>(map: Map<string, T>, ids: readonly string[]): T[] {
  return ids.flatMap((id) => {
    const v = map.get(id);
    return v ? [v] : [];
  });
}

DomainRef.implement({
  description: 'One of the six domains of the integration pathway',
  fields: (t) => ({
    id: t.exposeID('id'),
    label: t.exposeString('label', { description: 'French label' }),
    labelEn: t.string({ description: 'English label', resolve: (d) => d.en ?? d.label }),
    barriers: t.field({ type: [BarrierRef], resolve: (d) => vocabulary.barriers.filter((b) => b.domains.includes(d.id)) }),
  }),
});

BarrierRef.implement({
  description: 'A barrier ("frein") on the pathway to housing and work',
  fields: (t) => ({
    id: t.exposeID('id'),
    label: t.exposeString('label', { description: 'French label' }),
    labelEn: t.string({ description: 'English label', resolve: (b) => b.en ?? b.label }),
    domains: t.field({ type: [DomainRef], resolve: (b) => lookup(domainById, b.domains) }),
  }),
});

PublicRef.implement({
  description: 'A target public of programmes',
  fields: (t) => ({
    id: t.exposeID('id'),
    label: t.exposeString('label', { description: 'French label' }),
  }),
});

builder.queryFields((t) => ({
  domains: t.field({ type: [DomainRef], resolve: () => vocabulary.domains }),
  barriers: t.field({ type: [BarrierRef], resolve: () => vocabulary.barriers }),
  publics: t.field({ type: [PublicRef], resolve: () => vocabulary.publics }),
}));
