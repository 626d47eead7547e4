// A Cytoscape-ready view of the cartography, filtered.
// Actors: of the given kinds, active in a territory that contains $territoryId or lies
// within it, lifting one of $barrierIds / a barrier of $domainIds (directly or through a
// programme they operate). Programmes: same territory rule (a programme without territory
// inherits its operators'), addressing the barriers / covering the domains, and linked to
// a shown actor when actor kinds are filtered. Edges: links between shown nodes.
OPTIONAL MATCH (t:Territory {id: $territoryId})
WITH CASE WHEN t IS NULL THEN null ELSE
  COLLECT { MATCH (t)-[:PART_OF*0..]->(x:Territory) RETURN x.id } + COLLECT { MATCH (y:Territory)-[:PART_OF*1..]->(t) RETURN y.id }
END AS related
CALL (related) {
  MATCH (a:Actor)
  WHERE ($actorKinds IS NULL OR a.kind IN $actorKinds)
    AND (related IS NULL OR EXISTS { MATCH (a)-[:ACTIVE_IN]->(s:Territory) WHERE s.id IN related })
    AND ($barrierIds IS NULL
         OR EXISTS { MATCH (a)-[:ADDRESSES]->(b:Barrier) WHERE b.id IN $barrierIds }
         OR EXISTS { MATCH (a)-[:OPERATES]->(:Programme)-[:ADDRESSES]->(b:Barrier) WHERE b.id IN $barrierIds })
    AND ($domainIds IS NULL
         OR EXISTS { MATCH (a)-[:ADDRESSES]->(:Barrier)-[:IN_DOMAIN]->(d:Domain) WHERE d.id IN $domainIds }
         OR EXISTS { MATCH (a)-[:OPERATES]->(:Programme)-[:COVERS]->(d:Domain) WHERE d.id IN $domainIds }
         OR EXISTS { MATCH (a)-[:OPERATES]->(:Programme)-[:ADDRESSES]->(:Barrier)-[:IN_DOMAIN]->(d:Domain) WHERE d.id IN $domainIds })
  RETURN collect(a) AS actors
}
CALL (related, actors) {
  MATCH (p:Programme)
  WHERE (related IS NULL
         OR EXISTS { MATCH (p)-[:ACTIVE_IN]->(s:Territory) WHERE s.id IN related }
         OR (NOT EXISTS { (p)-[:ACTIVE_IN]->(:Territory) }
             AND EXISTS { MATCH (o:Actor)-[:OPERATES]->(p) WHERE EXISTS { MATCH (o)-[:ACTIVE_IN]->(s:Territory) WHERE s.id IN related } }))
    AND ($barrierIds IS NULL OR EXISTS { MATCH (p)-[:ADDRESSES]->(b:Barrier) WHERE b.id IN $barrierIds })
    AND ($domainIds IS NULL
         OR EXISTS { MATCH (p)-[:COVERS]->(d:Domain) WHERE d.id IN $domainIds }
         OR EXISTS { MATCH (p)-[:ADDRESSES]->(:Barrier)-[:IN_DOMAIN]->(d:Domain) WHERE d.id IN $domainIds })
    AND ($actorKinds IS NULL OR EXISTS { MATCH (a:Actor)-->(p) WHERE a IN actors })
  RETURN collect(p) AS programmes
}
WITH actors, programmes, actors + programmes AS shown, [n IN actors + programmes | n.id] AS shownIds
CALL (actors, shownIds) {
  UNWIND actors AS a
  MATCH (a)-[r:OPERATES|FUNDS|PRESCRIBES|PARTNERS_WITH|REFERS_TO|SHARES_INFO_WITH]->(b)
  WHERE b.id IN shownIds AND (b:Actor OR b:Programme)
    AND ($linkTypes IS NULL OR type(r) IN $linkTypes)
    AND (NOT $formalOnly OR r.formal = true)
  RETURN collect({source: a.id, target: b.id, type: type(r), formal: r.formal}) AS links
}
CALL (shown) {
  UNWIND shown AS n
  MATCH (n)-[r:ADDRESSES]->(b:Barrier)
  WHERE 'BARRIER' IN $include
  RETURN collect({source: n.id, target: b.id, type: 'ADDRESSES'}) AS barrierEdges, collect(DISTINCT b) AS barriers
}
CALL (programmes) {
  UNWIND programmes AS p
  MATCH (p)-[:COVERS]->(d:Domain)
  WHERE 'DOMAIN' IN $include
  RETURN collect({source: p.id, target: d.id, type: 'COVERS'}) AS domainEdges, collect(DISTINCT d) AS domains
}
CALL (programmes) {
  UNWIND programmes AS p
  MATCH (p)-[:TARGETS]->(x:Public)
  WHERE 'PUBLIC' IN $include
  RETURN collect({source: p.id, target: x.id, type: 'TARGETS'}) AS publicEdges, collect(DISTINCT x) AS publics
}
CALL (shown) {
  UNWIND shown AS n
  MATCH (n)-[:ACTIVE_IN]->(x:Territory)
  WHERE 'TERRITORY' IN $include
  RETURN collect({source: n.id, target: x.id, type: 'ACTIVE_IN'}) AS territoryEdges, collect(DISTINCT x) AS territories
}
CALL (barriers, domains) {
  UNWIND barriers AS b
  MATCH (b)-[:IN_DOMAIN]->(d:Domain)
  WHERE d IN domains
  RETURN collect({source: b.id, target: d.id, type: 'IN_DOMAIN'}) AS inDomainEdges
}
CALL (territories) {
  UNWIND territories AS x
  MATCH (x)-[:PART_OF]->(y:Territory)
  WHERE y IN territories
  RETURN collect({source: x.id, target: y.id, type: 'PART_OF'}) AS partOfEdges
}
RETURN
  [a IN actors | {id: a.id, label: a.name, type: 'Actor', kind: a.kind,
     lat: COALESCE(COLLECT { MATCH (c:Territory {id: a.commune}) RETURN c.lat }[0], COLLECT { MATCH (a)-[:ACTIVE_IN]->(s:Territory) RETURN s.lat LIMIT 1 }[0]),
     lon: COALESCE(COLLECT { MATCH (c:Territory {id: a.commune}) RETURN c.lon }[0], COLLECT { MATCH (a)-[:ACTIVE_IN]->(s:Territory) RETURN s.lon LIMIT 1 }[0])}]
  + [p IN programmes | {id: p.id, label: p.name, type: 'Programme', kind: p.kind,
     lat: COLLECT { MATCH (p)-[:ACTIVE_IN]->(s:Territory) RETURN s.lat LIMIT 1 }[0],
     lon: COLLECT { MATCH (p)-[:ACTIVE_IN]->(s:Territory) RETURN s.lon LIMIT 1 }[0]}]
  + [b IN barriers | {id: b.id, label: b.label, type: 'Barrier', kind: null, lat: null, lon: null}]
  + [d IN domains | {id: d.id, label: d.label, type: 'Domain', kind: null, lat: null, lon: null}]
  + [x IN publics | {id: x.id, label: x.label, type: 'Public', kind: null, lat: null, lon: null}]
  + [x IN territories | {id: x.id, label: x.name, type: 'Territory', kind: x.level, lat: x.lat, lon: x.lon}] AS nodes,
  links + barrierEdges + domainEdges + publicEdges + territoryEdges + inDomainEdges + partOfEdges AS edges
