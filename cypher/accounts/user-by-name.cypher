// The account a sign-in names, with its password hash (never sent to a client).
MATCH (u:User {nameKey: $nameKey})
RETURN u {.id, .name, .role, .passwordHash} AS user
