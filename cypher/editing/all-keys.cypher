// Every record of the cartography by key: what a REPLACE import touches besides its document.
CALL () { MATCH (n:Territory) RETURN collect(n.id) AS territories }
CALL () { MATCH (n:Actor) RETURN collect(n.id) AS actors }
CALL () { MATCH (n:Programme) RETURN collect(n.id) AS programmes }
CALL () { MATCH (n:Statistic) RETURN collect(n.key) AS statistics }
CALL () {
  MATCH (a:Actor)-[r:OPERATES|FUNDS|PRESCRIBES|PARTNERS_WITH|REFERS_TO|SHARES_INFO_WITH]->(b)
  RETURN collect({type: type(r), from: a.id, to: b.id}) AS links
}
RETURN territories, actors, programmes, statistics, links
