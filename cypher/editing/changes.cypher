// A page of the history, newest first: all changes, or those that touched or concern one record (by
// its key: a link's changes concern its two ends), or an import by its change id. `afterSeq` is the cursor (the seq of the last change seen).
CALL () {
  MATCH (c:Change)
  WHERE $recordId IS NULL OR c.id = $recordId OR EXISTS { MATCH (c)-[:TOUCHED|CONCERNS]->(:ChangeRecord {key: $recordId}) }
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Change)
  WHERE ($recordId IS NULL OR c.id = $recordId OR EXISTS { MATCH (c)-[:TOUCHED|CONCERNS]->(:ChangeRecord {key: $recordId}) })
    AND ($afterSeq IS NULL OR c.seq < $afterSeq)
  WITH c ORDER BY c.seq DESC LIMIT $first
  RETURN collect(c {.id, .seq, .at, .by, .action, .recordType, .recordId, .summary, .undoneBy, .before, .after}) AS page
}
RETURN total, page
