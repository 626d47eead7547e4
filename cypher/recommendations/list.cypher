// Recommendations by status, domain, peripheral-barrier section and territory, highest priority
// first. A territory keeps the recommendations placed in it, around it (the department, its EPCI
// for a commune) or within it (its communes), and those placed nowhere (department-wide).
OPTIONAL MATCH (t:Territory {id: $territoryId})
WITH CASE WHEN t IS NULL THEN null ELSE
  COLLECT { MATCH (t)-[:PART_OF*0..]->(x:Territory) RETURN x.id } + COLLECT { MATCH (y:Territory)-[:PART_OF*1..]->(t) RETURN y.id }
END AS related
MATCH (r:Recommendation)
WHERE ($status IS NULL OR r.status = $status)
  AND ($domainId IS NULL OR $domainId IN r.domainIds)
  AND ($barrierId IS NULL OR $barrierId IN r.barrierIds OR $barrierId IN r.peripheralIds)
  AND (related IS NULL OR size(r.territoryIds) = 0 OR any(x IN r.territoryIds WHERE x IN related))
RETURN r {.*, createdAt: toString(r.createdAt), updatedAt: toString(r.updatedAt), regeneratedAt: toString(r.regeneratedAt)} AS recommendation
ORDER BY r.priority DESC, r.title, r.key
