// The changes that touched each of the given records, newest first (the `history` field).
UNWIND $keys AS key
OPTIONAL MATCH (r:ChangeRecord {key: key})<-[:TOUCHED]-(c:Change)
WITH key, c ORDER BY c.seq DESC
RETURN key, collect(c {.*}) AS changes
