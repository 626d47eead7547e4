// Filtered, name-ordered page of actors with keyset pagination: the $first actors after
// ($afterName, $afterId), plus one to tell whether another page follows (ORDER BY … LIMIT, so
// only a page is ever collected; the total is actors-count.cypher, run only when asked), with the
// relations the request asked for ($want: some of activeIn, addresses, programmes, links; the
// others come back empty without being read — same subqueries as actor-relations.cypher).
// Territory filter: an actor active in a territory that contains $territoryId or lies within it
// (the resolver has checked that the territory exists). The list of those territories is one
// projection, not an OPTIONAL MATCH: behind a match the planner loses the index order of the actors
// and sorts them all (9 408 at 96 departments) for one page; here it reads them in index order
// (PartialTop, first + 1 rows read when no filter; checked with PROFILE at 96 departments).
// Barrier/domain filters: addressed directly or through a programme the actor operates.
// Only the properties the request selects are read and sent: $props for the actors, $programmeProps
// for their programmes (server-side lists of property names; rows are lists of values in that order).
WITH CASE WHEN $territoryId IS NULL THEN null ELSE
  COLLECT { MATCH (t:Territory {id: $territoryId})-[:PART_OF*0..]->(x:Territory) RETURN x.id }
  + COLLECT { MATCH (y:Territory)-[:PART_OF*1..]->(t:Territory {id: $territoryId}) RETURN y.id }
END AS related
MATCH (a:Actor)
// a range on the indexed name (actor_name): the index gives the actors in name order from the cursor
WHERE a.name >= coalesce($afterName, '') AND ($afterName IS NULL OR a.name > $afterName OR a.id > $afterId)
  AND ($kinds IS NULL OR a.kind IN $kinds)
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
LIMIT toInteger($first) + 1
CALL (a) {
  WITH a WHERE 'activeIn' IN $want
  MATCH (a)-[:ACTIVE_IN]->(t:Territory)
  WITH t ORDER BY t.name
  RETURN collect(t {.id, .name, .level, .population, .lat, .lon}) AS activeIn
}
CALL (a) {
  WITH a WHERE 'addresses' IN $want
  MATCH (a)-[:ADDRESSES]->(b:Barrier)
  WITH b.id AS b ORDER BY b
  RETURN collect(b) AS addresses
}
CALL (a) {
  WITH a WHERE 'programmes' IN $want
  MATCH (a)-[:OPERATES]->(p:Programme)
  WITH p ORDER BY p.name
  RETURN collect([k IN $programmeProps | p[k]]) AS programmes
}
CALL (a) {
  WITH a WHERE 'links' IN $want
  MATCH (a)-[r:OPERATES|FUNDS|PRESCRIBES|PARTNERS_WITH|REFERS_TO|SHARES_INFO_WITH]-(o)
  WHERE o:Actor OR o:Programme
  WITH r ORDER BY type(r), startNode(r).id, endNode(r).id
  RETURN collect({type: type(r), from: startNode(r).id, to: endNode(r).id, formal: r.formal, note: r.note, sources: r.sources, updatedAt: r.updatedAt}) AS links
}
RETURN [k IN $props | a[k]] AS a, activeIn, addresses, programmes, links
