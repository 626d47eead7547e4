// The changes that touched or concern each of the given records, newest first (the `history` field).
UNWIND $keys AS key
OPTIONAL MATCH (r:ChangeRecord {key: key})<-[:TOUCHED|CONCERNS]-(c:Change)
WITH key, c ORDER BY c.seq DESC
RETURN key, collect(c {.id, .seq, .at, .by, .action, .recordType, .recordId, .summary, .undoneBy, .before, .after}) AS changes
