// The map's actors: each with its commune and the communes of its sites, flat (the paged `actors`
// connection nests too deep for a map of every actor at once).
import { type MapActorRow, mapActors } from '../../../cypher/statistics/queries.js';
import { builder } from '../schema/builder.js';
import { ActorKindEnum } from '../schema/enums.js';

const MapSiteRef = builder.objectRef<MapActorRow['sites'][number]>('MapSite').implement({
  description: 'A site of an actor on the map: its commune and label',
  fields: (t) => ({
    communeId: t.exposeID('communeId'),
    label: t.string({ nullable: true, resolve: (s) => s.label ?? null }),
  }),
});

const MapActorRef = builder.objectRef<MapActorRow>('MapActor').implement({
  description: 'An actor as the map draws it: a symbol of its kind in its commune, a hollow one on each of its sites',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    kind: t.field({ type: ActorKindEnum, resolve: (a) => a.kind as never }),
    communeId: t.id({ nullable: true, resolve: (a) => a.communeId ?? null }),
    sites: t.field({ type: [MapSiteRef], resolve: (a) => a.sites }),
  }),
});

builder.queryFields((t) => ({
  mapActors: t.field({
    type: [MapActorRef],
    description: 'Every actor with the INSEE codes of its commune and of its sites, by name (the map of the BPI public)',
    resolve: (_r, _a, ctx) => ctx.db.read(mapActors, {}),
  }),
}));
