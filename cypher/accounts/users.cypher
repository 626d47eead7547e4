// Every account (admin page), without password hashes.
MATCH (u:User)
RETURN u {.id, .name, .role, .createdAt, .createdBy, .lastSignInAt} AS user
ORDER BY u.nameKey
