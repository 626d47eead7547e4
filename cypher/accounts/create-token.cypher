// An API token: named, with a role; only the hash of its secret is stored.
CREATE (t:ApiToken {id: $id, name: $name, role: $role, hash: $hash, createdAt: $at, createdBy: $by})
RETURN t {.id, .name, .role, .createdAt, .createdBy, .revokedAt} AS token
