UNWIND $rows AS s
MATCH (t:Territory {id: s.territory})
MERGE (n:Statistic {key: s.key})
SET n = s.props
MERGE (n)-[:ABOUT]->(t)
