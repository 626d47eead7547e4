// The links (both directions) of the given actors and programmes: what deleting them takes along.
CALL () {
  UNWIND $ids AS id
  MATCH (:Actor {id: id})-[r:OPERATES|FUNDS|PRESCRIBES|PARTNERS_WITH|REFERS_TO|SHARES_INFO_WITH]-()
  RETURN r
  UNION
  UNWIND $ids AS id
  MATCH (:Programme {id: id})-[r:OPERATES|FUNDS|PRESCRIBES|PARTNERS_WITH|REFERS_TO|SHARES_INFO_WITH]-()
  RETURN r
}
WITH DISTINCT r
RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to
