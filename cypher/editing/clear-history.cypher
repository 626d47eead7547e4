// Forgets the whole history (tests start from an empty cartography and an empty history).
MATCH (n)
WHERE n:Change OR n:ChangeRecord
DETACH DELETE n
