// Barrier coverage: "who lifts this barrier, here?" — its Cypher (in-territory.cypher,
// everywhere.cypher), rows (query.ts), sentences (explain.ts), definition and GraphQL field.
import './field.js';

export { definition } from './definition.js';
