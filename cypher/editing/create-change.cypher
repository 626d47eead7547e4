// Records one change, linked to every record it touched (their ChangeRecord, by key).
CREATE (c:Change)
SET c = $change
WITH c
UNWIND $keys AS key
MERGE (r:ChangeRecord {key: key})
CREATE (c)-[:TOUCHED]->(r)
RETURN count(*) AS touched
