// Parents and children of a batch of territories (one query for a whole list).
UNWIND $ids AS id
MATCH (t:Territory {id: id})
RETURN id,
  COLLECT { MATCH (t)-[:PART_OF]->(p:Territory) RETURN p {.id, .name, .level, .population, .lat, .lon} ORDER BY p.name } AS parents,
  COLLECT { MATCH (c:Territory)-[:PART_OF]->(t) RETURN c {.id, .name, .level, .population, .lat, .lon} ORDER BY c.name } AS children
