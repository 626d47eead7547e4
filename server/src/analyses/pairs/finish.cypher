// Ends a rebuild of the stored pairs claimed by $token: marks them fresh for $version when it
// stored them all ($complete) and no write happened since it read the graph ($writes); releases
// the claim either way.
MATCH (m:PairIndex {id: 'pairs'})
WHERE m.rebuilding = $token
SET m.touched = timestamp()
WITH m, $complete AND coalesce(m.writes, 0) = $writes AS fresh
SET m.version = CASE WHEN fresh THEN $version ELSE null END, m.rebuilding = null, m.rebuildingSince = null
RETURN fresh
