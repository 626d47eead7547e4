// Recommendations (SPEC "Recommendations"): one node per rule and subject, found by its key.
CREATE CONSTRAINT recommendation_key IF NOT EXISTS FOR (n:Recommendation) REQUIRE n.key IS UNIQUE;
CREATE INDEX recommendation_status IF NOT EXISTS FOR (n:Recommendation) ON (n.status);
