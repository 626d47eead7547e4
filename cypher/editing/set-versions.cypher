// Sets the version of records that a write re-created (an undone delete, a REPLACE import):
// they carry on from the version they had, +1.
UNWIND $rows AS r
MATCH (n {id: r.id})
WHERE n:Actor OR n:Programme
SET n.version = r.version
