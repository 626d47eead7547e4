// Data, not schema: a cartography imported before the derived OVERLAPS relationships existed gets
// them once (the import keeps them up to date afterwards; see import/link-overlaps.cypher, which
// this repeats). Does nothing when some exist or when there is no territory.
MATCH (c:Territory)
WHERE NOT EXISTS { ()-[:OVERLAPS]->() }
  AND NOT EXISTS { (:Territory)-[:PART_OF]->(c) } AND EXISTS { (c)-[:PART_OF]->(:Territory) }
WITH DISTINCT COLLECT { MATCH (c)-[:PART_OF*1..]->(x:Territory) RETURN DISTINCT x ORDER BY x.id } AS up
WHERE size(up) > 1
UNWIND up AS x
UNWIND up AS y
WITH DISTINCT x, y
WHERE x.id < y.id AND NOT EXISTS { (x)-[:PART_OF*]->(y) } AND NOT EXISTS { (y)-[:PART_OF*]->(x) }
MERGE (x)-[:OVERLAPS]->(y);
