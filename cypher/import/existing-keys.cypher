// Which of the document's entities already exist (to count created vs updated).
CALL () { UNWIND $territories AS id MATCH (n:Territory {id: id}) RETURN count(n) AS territories }
CALL () { UNWIND $actors AS id MATCH (n:Actor {id: id}) RETURN count(n) AS actors }
CALL () { UNWIND $programmes AS id MATCH (n:Programme {id: id}) RETURN count(n) AS programmes }
CALL () { UNWIND $statistics AS k MATCH (n:Statistic {key: k}) RETURN count(n) AS statistics }
CALL () {
  UNWIND $links AS l
  MATCH (a:Actor {id: l.from})-[r]->(b)
  WHERE b.id = l.to AND (b:Actor OR b:Programme)
    AND type(r) = l.type
  RETURN count(r) AS links
}
RETURN territories + actors + programmes + statistics + links AS existing
