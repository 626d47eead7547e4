// What a MERGE import may refer to: ids of actors, programmes, territories and the PART_OF edges.
CALL () { MATCH (a:Actor) RETURN collect(a.id) AS actors }
CALL () { MATCH (p:Programme) RETURN collect(p.id) AS programmes }
CALL () { MATCH (t:Territory) RETURN collect([t.id, t.level]) AS territories }
CALL () { MATCH (c:Territory)-[:PART_OF]->(p:Territory) RETURN collect([c.id, p.id]) AS partOf }
RETURN actors, programmes, territories, partOf
