// The analyses (definitions v1 in SPEC.md): barrier coverage, programme overlaps,
// information gaps, CIR articulation and coverage gaps, each one parameterised query of
// cypher/analysis/, with French explanations beside each result and their definitions.
import './analysis/common.js';
import './analysis/coverage.js';
import './analysis/coverage-gaps.js';
import './analysis/overlaps.js';
import './analysis/information-gaps.js';
import './analysis/cir.js';
