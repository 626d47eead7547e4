// The CIR articulation: its Cypher (query.cypher, a breadth-first search from the CIR), rows
// (query.ts), sentences (explain.ts), definition and GraphQL field.
import './field.js';

export { definition } from './definition.js';
