// What a MERGE import may refer to, and what it must keep consistent: ids of actors,
// programmes, territories (with their level), the PART_OF edges and the actors' communes.
CALL () { MATCH (a:Actor) RETURN collect(a.id) AS actors }
CALL () { MATCH (p:Programme) RETURN collect(p.id) AS programmes }
CALL () { MATCH (t:Territory) RETURN collect([t.id, t.level]) AS territories }
CALL () { MATCH (c:Territory)-[:PART_OF]->(p:Territory) RETURN collect([c.id, p.id]) AS partOf }
CALL () { MATCH (a:Actor) WHERE a.commune IS NOT NULL RETURN collect([a.id, a.commune]) AS communes }
RETURN actors, programmes, territories, partOf, communes
