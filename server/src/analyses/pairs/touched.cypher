// What a write can have changed in the stored pairs (ADR 013), from the ids it wrote or deleted
// (records and the ends of links), read after the write:
// programmes: those among the ids, and those operated by an actor among the ids (an operator's
//   territories are the scope of a programme without its own);
// actors: those among the ids, and the participants of a programme among the ids (its name,
//   its number of participants, which makes it large, are in their gaps).
WITH $ids AS ids
RETURN
  COLLECT {
    UNWIND ids AS id
    MATCH (p:Programme {id: id})
    RETURN p.id AS id
    UNION
    UNWIND ids AS id
    MATCH (:Actor {id: id})-[:OPERATES]->(p:Programme)
    RETURN p.id AS id
  } AS programmes,
  COLLECT {
    UNWIND ids AS id
    MATCH (a:Actor {id: id})
    RETURN a.id AS id
    UNION
    UNWIND ids AS id
    MATCH (:Programme {id: id})<-[:OPERATES|FUNDS|PRESCRIBES]-(a:Actor)
    RETURN a.id AS id
  } AS actors
