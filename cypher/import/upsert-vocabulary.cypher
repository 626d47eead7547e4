// Reference vocabulary (domains, barriers, publics), loaded at every start.
UNWIND $domains AS d
MERGE (n:Domain {id: d.id})
SET n.label = d.label, n.en = d.en
WITH count(*) AS _
UNWIND $publics AS p
MERGE (n:Public {id: p.id})
SET n.label = p.label, n.en = p.en
WITH count(*) AS _
UNWIND $barriers AS b
MERGE (n:Barrier {id: b.id})
SET n.label = b.label, n.en = b.en
WITH n, b
OPTIONAL MATCH (n)-[old:IN_DOMAIN]->()
DELETE old
WITH DISTINCT n, b
UNWIND b.domains AS did
MATCH (d:Domain {id: did})
MERGE (n)-[:IN_DOMAIN]->(d)
