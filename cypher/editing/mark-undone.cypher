// Marks a change as reverted by an UNDO change.
MATCH (c:Change {id: $id})
SET c.undoneBy = $undoneBy
