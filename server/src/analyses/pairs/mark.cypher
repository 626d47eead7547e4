// Records that the stored pairs are complete for this version of the definitions (ADR 013).
MERGE (m:PairIndex {id: 'pairs'})
SET m.version = $version
