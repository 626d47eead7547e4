// Serialises imports: every import transaction first takes the write lock of this one
// node (a unique constraint makes its creation race-free), so that a MERGE validated
// inside its transaction cannot interleave with a REPLACE. Readers are never blocked.
MERGE (l:ImportLock {id: 'import'})
SET l.at = datetime()
