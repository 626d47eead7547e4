// Stored national pairs of the analyses (ADR 013): programme overlaps and information gaps, one
// node per pair, maintained by every write; the national lists read them in key order.
CREATE CONSTRAINT overlap_pair_key IF NOT EXISTS FOR (n:OverlapPair) REQUIRE n.pair IS UNIQUE;
CREATE INDEX overlap_pair_order IF NOT EXISTS FOR (n:OverlapPair) ON (n.neg);
CREATE INDEX overlap_pair_a IF NOT EXISTS FOR (n:OverlapPair) ON (n.a);
CREATE INDEX overlap_pair_b IF NOT EXISTS FOR (n:OverlapPair) ON (n.b);
CREATE CONSTRAINT gap_pair_key IF NOT EXISTS FOR (n:GapPair) REQUIRE n.pair IS UNIQUE;
CREATE INDEX gap_pair_order IF NOT EXISTS FOR (n:GapPair) ON (n.neg);
CREATE INDEX gap_pair_a IF NOT EXISTS FOR (n:GapPair) ON (n.a);
CREATE INDEX gap_pair_b IF NOT EXISTS FOR (n:GapPair) ON (n.b);
CREATE CONSTRAINT pair_index_id IF NOT EXISTS FOR (n:PairIndex) REQUIRE n.id IS UNIQUE;
