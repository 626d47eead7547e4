// One import at a time (cypher/import/lock.cypher): its lock node is unique.
CREATE CONSTRAINT import_lock_id IF NOT EXISTS FOR (n:ImportLock) REQUIRE n.id IS UNIQUE;
