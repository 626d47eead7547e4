// Every write (save, delete, undo, import) first takes the write lock of the one ImportLock node
// (see import/lock.cypher): writes run one at a time, so a version check and the write that follows
// cannot interleave with another. It also hands out the next change number (history order).
MERGE (l:ImportLock {id: 'import'})
SET l.at = datetime(), l.changeSeq = coalesce(l.changeSeq, 0) + 1
RETURN l.changeSeq AS seq
