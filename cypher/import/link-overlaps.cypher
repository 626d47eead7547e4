// Derived relationship, recomputed by every import that writes territories: (x)-[:OVERLAPS]->(y)
// for each pair of territories that share a leaf (a territory nothing is PART_OF, in practice a
// commune) while neither lies within the other, e.g. an EPCI and the employment area that holds
// some of its communes. Stored once per pair (from the smaller id). With PART_OF it answers
// "do these two territories overlap?" (SPEC, analyses v2: territories as sets of communes)
// without walking down to the communes at question time.
CALL () {
  MATCH ()-[old:OVERLAPS]->()
  DELETE old
}
WITH count(*) AS _
MATCH (c:Territory)
WHERE NOT EXISTS { (:Territory)-[:PART_OF]->(c) } AND EXISTS { (c)-[:PART_OF]->(:Territory) }
WITH DISTINCT COLLECT { MATCH (c)-[:PART_OF*1..]->(x:Territory) RETURN DISTINCT x ORDER BY x.id } AS up
WHERE size(up) > 1
UNWIND up AS x
UNWIND up AS y
WITH DISTINCT x, y
WHERE x.id < y.id AND NOT EXISTS { (x)-[:PART_OF*]->(y) } AND NOT EXISTS { (y)-[:PART_OF*]->(x) }
MERGE (x)-[:OVERLAPS]->(y)
RETURN count(*) AS overlaps
