// REPLACE: empties everything but the reference vocabulary (the stored pairs of the analyses with it).
MATCH (n)
WHERE n:Actor OR n:Programme OR n:Territory OR n:Statistic OR n:OverlapPair OR n:GapPair
DETACH DELETE n
