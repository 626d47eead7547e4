// The account of a live session.
MATCH (s:Session {hash: $hash})-[:OF]->(u:User)
WHERE s.expiresAt > $now
RETURN u {.id, .name, .role} AS user
