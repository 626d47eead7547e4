// Ids and names a spreadsheet's reference cells may name (a MERGE import refers to stored records).
CALL () { MATCH (t:Territory) RETURN collect({id: t.id, name: t.name, level: t.level}) AS territories }
CALL () { MATCH (a:Actor) RETURN collect({id: a.id, name: a.name}) AS actors }
CALL () { MATCH (p:Programme) RETURN collect({id: p.id, name: p.name}) AS programmes }
RETURN territories, actors, programmes
