CALL () { MATCH (n:Territory) RETURN count(n) AS territories }
CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
CALL () { MATCH (n:Programme) RETURN count(n) AS programmes }
CALL () { MATCH (:Actor)-[r:OPERATES|FUNDS|PRESCRIBES|PARTNERS_WITH|REFERS_TO|SHARES_INFO_WITH]->() RETURN count(r) AS links }
CALL () { MATCH (n:Statistic) RETURN count(n) AS statistics }
RETURN territories, actors, programmes, links, statistics
