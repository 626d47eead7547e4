// Information-sharing gaps: its Cypher (query.cypher), rows (query.ts), sentences (explain.ts),
// definition and GraphQL fields (the list, its pages and the large programmes' summaries).
import './field.js';

export { definition } from './definition.js';
