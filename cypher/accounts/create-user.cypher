// A new account; its name is unique whatever its case and accents (nameKey).
CREATE (u:User {id: $id, name: $name, nameKey: $nameKey, role: $role, passwordHash: $passwordHash, createdAt: $at, createdBy: $by})
RETURN u {.id, .name, .role, .createdAt, .createdBy} AS user
