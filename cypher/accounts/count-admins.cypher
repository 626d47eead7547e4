// Administrators other than the given account (the last one cannot be removed or demoted).
MATCH (u:User {role: 'ADMIN'})
WHERE u.id <> $except
RETURN count(u) AS admins
