// A browser session: only the hash of its secret is stored; expired sessions of everyone are cleared.
MATCH (u:User {id: $userId})
SET u.lastSignInAt = $at
CREATE (s:Session {hash: $hash, createdAt: $at, expiresAt: $expiresAt})-[:OF]->(u)
WITH count(*) AS created
CALL () {
  MATCH (old:Session)
  WHERE old.expiresAt < $at
  DETACH DELETE old
}
RETURN created
