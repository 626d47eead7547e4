// Analyses (barrier coverage, overlaps, information gaps, CIR articulation, coverage gaps): see the analyses issue.
export {};
