// Removes records: links by (type, from, to) first, then actors and programmes with what hangs
// on them, statistics, and territories.
CALL () {
  UNWIND $links AS l
  MATCH (a:Actor {id: l.from})-[r]->(b)
  WHERE b.id = l.to AND (b:Actor OR b:Programme) AND type(r) = l.type
  DELETE r
}
CALL () {
  UNWIND $nodes AS id
  MATCH (n:Actor {id: id})
  DETACH DELETE n
}
CALL () {
  UNWIND $nodes AS id
  MATCH (n:Programme {id: id})
  DETACH DELETE n
}
CALL () {
  UNWIND $statistics AS k
  MATCH (s:Statistic {key: k})
  DETACH DELETE s
}
CALL () {
  UNWIND $territories AS id
  MATCH (t:Territory {id: id})
  DETACH DELETE t
}
