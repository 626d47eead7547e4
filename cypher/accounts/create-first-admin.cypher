// The first administrator, created by the one-time setup link only while there is no account.
// Serialised with every other write by the lock node (cypher/import/lock.cypher).
MERGE (l:ImportLock {id: 'import'})
SET l.at = datetime()
WITH l
OPTIONAL MATCH (x:User)
WITH l, count(x) AS existing
WHERE existing = 0
CREATE (u:User {id: $id, name: $name, nameKey: $nameKey, role: 'ADMIN', passwordHash: $passwordHash, createdAt: $at, createdBy: 'setup'})
RETURN u {.id, .name, .role, .createdAt, .createdBy} AS user
