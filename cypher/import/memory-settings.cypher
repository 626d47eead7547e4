// The transaction memory limits of the database (0 or absent: unlimited).
SHOW SETTINGS YIELD name, value
WHERE name IN ['dbms.memory.transaction.total.max', 'db.memory.transaction.max']
RETURN name, value
