// The large programmes of the national information gaps (more than $largeProgramme participants
// among every actor), summarised as analyses/information-gaps/query.cypher does without a
// territory or an actor: [id, name, participants, participants lacking an exchange with another,
// pairs without exchange], by name.
MATCH (p:Programme)
WHERE COUNT { (p)<-[:OPERATES|FUNDS|PRESCRIBES]-(:Actor) } > $largeProgramme
WITH p, COLLECT { MATCH (p)<-[:OPERATES|FUNDS|PRESCRIBES]-(a:Actor) RETURN DISTINCT a } AS participants
WHERE size(participants) > $largeProgramme
UNWIND participants AS y
WITH p, size(participants) AS k, COUNT { MATCH (y)-[:SHARES_INFO_WITH]-(z:Actor) WHERE z <> y AND z IN participants RETURN DISTINCT z } AS exchanges
WITH p, k, exchanges, CASE WHEN exchanges < k - 1 THEN 1 ELSE 0 END AS lacking
WITH p, k, sum(exchanges) AS ends, sum(lacking) AS without
ORDER BY p.name, p.id
RETURN collect([p.id, p.name, k, without, k * (k - 1) / 2 - ends / 2]) AS large
