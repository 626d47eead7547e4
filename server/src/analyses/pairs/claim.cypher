// Claims the rebuild of the stored pairs for $token (one app server at a time; a claim older than
// $staleMs is taken over), under the marker's lock. Returns the writes counted so far, or no row.
MERGE (m:PairIndex {id: 'pairs'})
SET m.touched = timestamp()
WITH m
WHERE m.rebuilding IS NULL OR m.rebuilding = $token OR m.rebuildingSince < timestamp() - $staleMs
SET m.rebuilding = $token, m.rebuildingSince = timestamp()
RETURN coalesce(m.writes, 0) AS writes
