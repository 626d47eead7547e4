// Every actor with its commune and the communes of its sites, for the map's symbols (one query).
MATCH (a:Actor)
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.commune AS communeId,
  COLLECT {
    MATCH (a)-[s:HAS_SITE]->(c:Territory)
    RETURN {communeId: c.id, label: s.label}
    ORDER BY s.order
  } AS sites
ORDER BY a.name, a.id
