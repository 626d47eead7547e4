// Ends a rebuild of the stored pairs claimed by $token: marks them fresh for $version when no write
// happened since the rebuild read the graph ($writes), and releases the claim either way.
MATCH (m:PairIndex {id: 'pairs'})
WHERE m.rebuilding = $token
SET m.touched = timestamp()
WITH m, coalesce(m.writes, 0) = $writes AS quiet
SET m.version = CASE WHEN quiet THEN $version ELSE null END, m.rebuilding = null, m.rebuildingSince = null
RETURN quiet
