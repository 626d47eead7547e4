// Data, not schema: actors and programmes stored before versions existed are at version 1
// (SPEC "Editing": 1 on creation, +1 on every write). Does nothing once every record has one.
MATCH (n)
WHERE (n:Actor OR n:Programme) AND n.version IS NULL
SET n.version = 1;
