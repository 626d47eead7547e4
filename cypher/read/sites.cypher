// The sites (reception points, branches, permanences) of a batch of actors or programmes, in
// their document order, each with its commune. Ids are unique across actors and programmes.
UNWIND $ids AS id
OPTIONAL MATCH (a:Actor {id: id})
OPTIONAL MATCH (p:Programme {id: id})
WITH id, coalesce(a, p) AS owner
WHERE owner IS NOT NULL
RETURN id, COLLECT {
  MATCH (owner)-[s:HAS_SITE]->(c:Territory)
  RETURN {commune: c {.id, .name, .level, .population, .lat, .lon}, address: s.address, label: s.label, phone: s.phone, hours: s.hours}
  ORDER BY s.order
} AS sites
