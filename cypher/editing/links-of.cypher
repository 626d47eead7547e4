// The links (both directions) of the given actors and programmes: what deleting them takes along.
UNWIND $ids AS id
MATCH (n {id: id})-[r:OPERATES|FUNDS|PRESCRIBES|PARTNERS_WITH|REFERS_TO|SHARES_INFO_WITH]-(m)
WHERE n:Actor OR n:Programme
WITH DISTINCT r
RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to
