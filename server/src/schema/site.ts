// Where help is given: the sites (reception points, branches, permanences) of actors and programmes.
import { builder } from './builder.js';
import type { SiteRow } from './shapes.js';
import { TerritoryRef } from './territory.js';

export const SiteRef = builder.objectRef<SiteRow>('Site').implement({
  description: 'A place where an actor or a programme receives people: a reception point, a branch, a permanence',
  fields: (t) => ({
    commune: t.field({ type: TerritoryRef, resolve: (s) => s.commune }),
    address: t.string({ nullable: true, resolve: (s) => s.address }),
    label: t.string({ nullable: true, description: 'e.g. « Permanence du mardi, mairie de Carhaix »', resolve: (s) => s.label }),
    phone: t.string({ nullable: true, resolve: (s) => s.phone }),
    hours: t.string({ nullable: true, description: 'opening hours, as written by the source', resolve: (s) => s.hours }),
  }),
});
