// Filtered, name-ordered page of actors with keyset pagination and the total count.
// Territory filter: an actor active in a territory that contains $territoryId or lies within it.
// Barrier/domain filters: addressed directly or through a programme the actor operates.
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
WITH a ORDER BY a.name, a.id
WITH collect(a) AS matched
RETURN size(matched) AS total,
  [x IN [x IN matched WHERE $afterName IS NULL OR x.name > $afterName OR (x.name = $afterName AND x.id > $afterId)][0..($first + 1)] | x {.*}] AS page
