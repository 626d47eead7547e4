// The state of the stored pairs (ADR 013): their version (null: stale, lists are computed from
// scratch) and the number of writes so far, which a rebuild compares before it marks them fresh.
OPTIONAL MATCH (m:PairIndex {id: 'pairs'})
RETURN m.version AS version, coalesce(m.writes, 0) AS writes
