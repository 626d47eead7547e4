// Unique ids per label (each also backs the id lookups with an index).
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT programme_id IF NOT EXISTS FOR (n:Programme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT territory_id IF NOT EXISTS FOR (n:Territory) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT domain_id IF NOT EXISTS FOR (n:Domain) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT barrier_id IF NOT EXISTS FOR (n:Barrier) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT public_id IF NOT EXISTS FOR (n:Public) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statistic_key IF NOT EXISTS FOR (n:Statistic) REQUIRE n.key IS UNIQUE;
