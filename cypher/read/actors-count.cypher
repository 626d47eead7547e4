// The number of actors matching the filters of actors-page.cypher (same filters, no page): run only
// when a request asks for totalCount.
OPTIONAL MATCH (t:Territory {id: $territoryId})
WITH CASE WHEN t IS NULL THEN null ELSE
  COLLECT { MATCH (t)-[:PART_OF*0..]->(x:Territory) RETURN x.id } + COLLECT { MATCH (y:Territory)-[:PART_OF*1..]->(t) RETURN y.id }
END AS related
MATCH (a:Actor)
WHERE ($kinds IS NULL OR a.kind IN $kinds)
  AND ($search IS NULL OR a.searchName CONTAINS $search)
  AND (related IS NULL OR EXISTS { MATCH (a)-[:ACTIVE_IN]->(s:Territory) WHERE s.id IN related })
  AND ($barrierId IS NULL
       OR EXISTS { (a)-[:ADDRESSES]->(:Barrier {id: $barrierId}) }
       OR EXISTS { (a)-[:OPERATES]->(:Programme)-[:ADDRESSES]->(:Barrier {id: $barrierId}) })
  AND ($domainId IS NULL
       OR EXISTS { (a)-[:ADDRESSES]->(:Barrier)-[:IN_DOMAIN]->(:Domain {id: $domainId}) }
       OR EXISTS { (a)-[:OPERATES]->(:Programme)-[:COVERS]->(:Domain {id: $domainId}) }
       OR EXISTS { (a)-[:OPERATES]->(:Programme)-[:ADDRESSES]->(:Barrier)-[:IN_DOMAIN]->(:Domain {id: $domainId}) })
RETURN count(a) AS total
