// What a save may refer to, for the validator: which of the given ids are actors, programmes or
// territories (with their level). The same answers as import/existing-graph.cypher for these ids,
// without reading the whole cartography.
CALL () { UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN collect(a.id) AS actors }
CALL () { UNWIND $ids AS id MATCH (p:Programme {id: id}) RETURN collect(p.id) AS programmes }
CALL () { UNWIND $ids AS id MATCH (t:Territory {id: id}) RETURN collect([t.id, t.level]) AS territories }
RETURN actors, programmes, territories
