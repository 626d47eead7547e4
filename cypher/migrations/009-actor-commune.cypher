// The explorer's overview (level of detail, issue 14): actors are grouped by the territory that
// holds their commune, found walking down from the group's communes to the actors there.
CREATE INDEX actor_commune IF NOT EXISTS FOR (n:Actor) ON (n.commune);
