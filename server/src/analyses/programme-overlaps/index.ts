// Programme overlaps, "concurrence des dispositifs": its Cypher (query.cypher), rows (query.ts),
// sentence (explain.ts), definition and GraphQL fields (the list and its pages).
import './field.js';

export { definition } from './definition.js';
