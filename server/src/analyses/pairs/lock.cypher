// Locks the marker of the stored pairs for the rest of the write transaction (a rebuild at
// start-up cannot interleave with a write's upkeep) and returns their version (null: never built).
MERGE (m:PairIndex {id: 'pairs'})
SET m.writes = coalesce(m.writes, 0) + 1
RETURN m.version AS version
