// The Link type: a link between an actor and a programme or between two actors, with its sources.
import { builder } from './builder.js';
import { LinkTypeEnum } from './enums.js';
import type { LinkShape } from './shapes.js';

export const LinkRef = builder.objectRef<LinkShape>('Link');

LinkRef.implement({
  description: 'A link between an actor and a programme (OPERATES, FUNDS, PRESCRIBES) or between two actors',
  fields: (t) => ({
    type: t.field({ type: LinkTypeEnum, resolve: (l) => l.type as never }),
    from: t.exposeID('from'),
    to: t.exposeID('to'),
    formal: t.boolean({ nullable: true, description: 'formalised by a convention or agreement', resolve: (l) => l.formal ?? null }),
    note: t.string({ nullable: true, resolve: (l) => l.note ?? null }),
    sources: t.stringList({ resolve: (l) => l.sources ?? [] }),
    updatedAt: t.string({ nullable: true, resolve: (l) => l.updatedAt ?? null }),
  }),
});
