// The graph exports of the server (GEXF, GraphML, CYJS) use this legend: same colour and shape per kind.
import { describe, expect, it } from 'vitest';
import { edgeColour, nodeColour, nodeShape } from '../../../server/src/files/look';
import { ACTOR_LOOK, CONTEXT_LOOK, LINK_LOOK, nodeLook, PROGRAMME_LOOK } from './palette';

describe('the export colours and shapes', () => {
  it('are the legend’s for every actor and programme kind, context node and link type', () => {
    for (const k of Object.keys(ACTOR_LOOK))
      expect([nodeColour('Actor', k), nodeShape('Actor', k)], k).toEqual([nodeLook('Actor', k).fill, nodeLook('Actor', k).shape]);
    for (const k of Object.keys(PROGRAMME_LOOK))
      expect([nodeColour('Programme', k), nodeShape('Programme', k)], k).toEqual([nodeLook('Programme', k).fill, nodeLook('Programme', k).shape]);
    // Vocabulary and territory nodes have pale fills: their border colour tells them apart.
    for (const t of Object.keys(CONTEXT_LOOK))
      expect([nodeColour(t, null), nodeShape(t, null)], t).toEqual([nodeLook(t, null).border, nodeLook(t, null).shape]);
    for (const [t, look] of Object.entries(LINK_LOOK)) expect(edgeColour(t), t).toBe(look.color);
  });
});
