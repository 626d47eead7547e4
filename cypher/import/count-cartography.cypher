// How many entities the cartography holds (REPLACE reports how many it deletes).
CALL () { MATCH (n:Territory) RETURN count(n) AS territories }
CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
CALL () { MATCH (n:Programme) RETURN count(n) AS programmes }
CALL () { MATCH (n:Statistic) RETURN count(n) AS statistics }
CALL () {
  MATCH (:Actor)-[r:OPERATES|FUNDS|PRESCRIBES|PARTNERS_WITH|REFERS_TO|SHARES_INFO_WITH]->(b)
  WHERE b:Actor OR b:Programme
  RETURN count(r) AS links
}
RETURN territories + actors + programmes + statistics + links AS total
