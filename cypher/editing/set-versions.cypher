// Sets the version of records that a write re-created (an undone delete, a REPLACE import):
// they carry on from the version they had, +1.
CALL () {
  UNWIND $rows AS r
  MATCH (n:Actor {id: r.id})
  SET n.version = r.version
}
CALL () {
  UNWIND $rows AS r
  MATCH (n:Programme {id: r.id})
  SET n.version = r.version
}
