// Coverage gaps, "zones blanches": its Cypher (territories.cypher, gaps.cypher), rows (query.ts),
// sentence (explain.ts), definition and GraphQL fields (the list and its pages).
import './field.js';

export { definition } from './definition.js';
