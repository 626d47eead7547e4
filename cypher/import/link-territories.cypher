// Runs after every territory of the document exists; the document's partOf list replaces the stored one.
UNWIND $rows AS r
MATCH (t:Territory {id: r.id})
OPTIONAL MATCH (t)-[old:PART_OF]->()
DELETE old
WITH DISTINCT t, r
UNWIND r.partOf AS pid
MATCH (p:Territory {id: pid})
MERGE (t)-[:PART_OF]->(p)
