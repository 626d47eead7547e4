// Lookups and the case- and accent-insensitive name search (searchName is the
// lower-cased name without diacritics, computed when writing).
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE TEXT INDEX actor_search IF NOT EXISTS FOR (n:Actor) ON (n.searchName);
CREATE TEXT INDEX programme_search IF NOT EXISTS FOR (n:Programme) ON (n.searchName);
CREATE TEXT INDEX territory_search IF NOT EXISTS FOR (n:Territory) ON (n.searchName);
CREATE INDEX territory_level IF NOT EXISTS FOR (n:Territory) ON (n.level);
CREATE INDEX statistic_indicator IF NOT EXISTS FOR (n:Statistic) ON (n.indicator);
