// Records one change, linked to every record it touched (TOUCHED: undo checks these) and to the
// records it concerns without changing them (CONCERNS: a link's ends, for their history).
CREATE (c:Change)
SET c = $change
WITH c
CALL (c) {
  UNWIND $keys AS key
  MERGE (r:ChangeRecord {key: key})
  CREATE (c)-[:TOUCHED]->(r)
}
CALL (c) {
  UNWIND $related AS key
  MERGE (r:ChangeRecord {key: key})
  CREATE (c)-[:CONCERNS]->(r)
}
RETURN 1 AS touched
