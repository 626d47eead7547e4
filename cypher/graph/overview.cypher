// The overview of a scope (level of detail, issue 14): one group per territory of level $level
// within the scope ($scopeId; null = the whole cartography), with its members counted by kind,
// and the links between groups counted by type. Members follow graph/members.cypher: the actors
// whose commune lies in the group (or, without commune, active within it), the programmes active
// within it, and the programmes without territory operated by a member. A link counts between
// two groups when its source is a member of the first, its target of the second and not of the
// first (a programme in both groups, such as a national one, keeps its links inside each).
// Walks down from the scope to its groups and from each group to its members: the cost of a
// department's overview does not grow with the country.
OPTIONAL MATCH (s:Territory {id: $scopeId})
CALL (s) {
  WITH s WHERE $scopeId IS NULL
  MATCH (g:Territory {level: $level})
  RETURN g
  UNION
  WITH s WHERE s IS NOT NULL
  MATCH (g:Territory {level: $level})-[:PART_OF*0..]->(s)
  RETURN g
}
WITH DISTINCT g
CALL (g) {
  CALL (g) {
    MATCH (c:Territory {level: 'COMMUNE'})-[:PART_OF*0..]->(g)
    WITH DISTINCT c
    MATCH (a:Actor {commune: c.id})
    RETURN a
    UNION
    MATCH (x:Territory)-[:PART_OF*0..]->(g)
    WITH DISTINCT x
    MATCH (a:Actor)-[:ACTIVE_IN]->(x)
    WHERE a.commune IS NULL
    RETURN a
  }
  RETURN collect(DISTINCT a) AS actors
}
CALL (g, actors) {
  CALL (g, actors) {
    MATCH (x:Territory)-[:PART_OF*0..]->(g)
    WITH DISTINCT x
    MATCH (p:Programme)-[:ACTIVE_IN]->(x)
    RETURN p
    UNION
    UNWIND actors AS a
    MATCH (a)-[:OPERATES]->(p:Programme)
    WHERE NOT EXISTS { (p)-[:ACTIVE_IN]->(:Territory) }
    RETURN p
  }
  RETURN collect(DISTINCT p) AS programmes
}
CALL (g) {
  MATCH (c:Territory {level: 'COMMUNE'})-[:PART_OF*1..]->(g)
  WITH DISTINCT c
  RETURN avg(c.lat) AS clat, avg(c.lon) AS clon
}
CALL (actors) {
  UNWIND actors AS a
  WITH a.kind AS kind, count(*) AS n
  ORDER BY kind
  RETURN collect({kind: kind, count: n}) AS actorKinds
}
CALL (programmes) {
  UNWIND programmes AS p
  WITH p.kind AS kind, count(*) AS n
  ORDER BY kind
  RETURN collect({kind: kind, count: n}) AS programmeKinds
}
WITH collect({g: g, actors: actors, programmes: programmes, actorKinds: actorKinds, programmeKinds: programmeKinds,
              lat: COALESCE(g.lat, clat), lon: COALESCE(g.lon, clon)}) AS groups
WITH groups, [x IN groups | x.g] AS groupNodes
CALL (groups, groupNodes) {
  UNWIND groups AS x
  WITH x.g AS g, x.actors AS actors
  UNWIND actors AS a
  MATCH (a)-[r:OPERATES|FUNDS|PRESCRIBES|PARTNERS_WITH|REFERS_TO|SHARES_INFO_WITH]->(n)
  WHERE n:Actor OR n:Programme
  WITH g, n, type(r) AS type, count(*) AS links
  // the groups of each target once, walking up from it (same membership rule)
  WITH n, collect({g: g, type: type, links: links}) AS incoming
  CALL (n) {
    MATCH (c:Territory {id: n.commune})-[:PART_OF*0..]->(h:Territory {level: $level})
    RETURN h
    UNION
    MATCH (n)-[:ACTIVE_IN]->(:Territory)-[:PART_OF*0..]->(h:Territory {level: $level})
    WHERE n.commune IS NULL
    RETURN h
    UNION
    MATCH (n:Programme)<-[:OPERATES]-(o:Actor)
    WHERE NOT EXISTS { (n)-[:ACTIVE_IN]->(:Territory) }
    CALL (o) {
      MATCH (c:Territory {id: o.commune})-[:PART_OF*0..]->(h:Territory {level: $level})
      RETURN h
      UNION
      MATCH (o)-[:ACTIVE_IN]->(:Territory)-[:PART_OF*0..]->(h:Territory {level: $level})
      WHERE o.commune IS NULL
      RETURN h
    }
    RETURN h
  }
  WITH n, incoming, collect(DISTINCT h) AS targets
  UNWIND incoming AS i
  WITH i.g AS g, i.type AS type, i.links AS links, targets
  WHERE NOT g IN targets
  UNWIND targets AS h
  WITH g, h, type, sum(links) AS links
  WHERE h IN groupNodes
  RETURN collect({source: g.id, target: h.id, type: type, links: links}) AS edges
}
RETURN
  [x IN groups | {
    id: x.g.id, name: x.g.name, level: x.g.level, lat: x.lat, lon: x.lon,
    actorCount: size(x.actors), programmeCount: size(x.programmes),
    actorKinds: x.actorKinds, programmeKinds: x.programmeKinds
  }] AS groups,
  edges
