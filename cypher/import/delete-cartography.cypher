// REPLACE: empties everything but the reference vocabulary.
MATCH (n)
WHERE n:Actor OR n:Programme OR n:Territory OR n:Statistic
DETACH DELETE n
