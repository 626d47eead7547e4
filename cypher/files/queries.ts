// Parameters and rows of the file import/export queries (one declaration per .cypher file).
import { defineQuery, type NoParams } from '../../server/src/neo4j/query.js';

type Named = { id: string; name: string };

export const knownNames = defineQuery<NoParams, { territories: (Named & { level: string })[]; actors: Named[]; programmes: Named[] }>('files/known-names');
export const missingTerritories = defineQuery<{ ids: string[] }, { missing: string[] }>('files/missing-territories');
