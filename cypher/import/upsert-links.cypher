// Links are identified by (type, from, to). The relationship type cannot be a
// parameter, so each type has its own guarded branch.
UNWIND $rows AS l
MATCH (a:Actor {id: l.from})
OPTIONAL MATCH (ta:Actor {id: l.to})
OPTIONAL MATCH (tp:Programme {id: l.to})
WITH a, l, CASE WHEN l.type IN ['OPERATES', 'FUNDS', 'PRESCRIBES'] THEN tp ELSE ta END AS b
WHERE b IS NOT NULL
FOREACH (_ IN CASE WHEN l.type = 'OPERATES' THEN [1] ELSE [] END | MERGE (a)-[r:OPERATES]->(b) SET r = l.props)
FOREACH (_ IN CASE WHEN l.type = 'FUNDS' THEN [1] ELSE [] END | MERGE (a)-[r:FUNDS]->(b) SET r = l.props)
FOREACH (_ IN CASE WHEN l.type = 'PRESCRIBES' THEN [1] ELSE [] END | MERGE (a)-[r:PRESCRIBES]->(b) SET r = l.props)
FOREACH (_ IN CASE WHEN l.type = 'PARTNERS_WITH' THEN [1] ELSE [] END | MERGE (a)-[r:PARTNERS_WITH]->(b) SET r = l.props)
FOREACH (_ IN CASE WHEN l.type = 'REFERS_TO' THEN [1] ELSE [] END | MERGE (a)-[r:REFERS_TO]->(b) SET r = l.props)
FOREACH (_ IN CASE WHEN l.type = 'SHARES_INFO_WITH' THEN [1] ELSE [] END | MERGE (a)-[r:SHARES_INFO_WITH]->(b) SET r = l.props)
RETURN count(*) AS written
