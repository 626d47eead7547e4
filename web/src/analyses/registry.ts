// The analyses the explorer knows, in the order the question panel lists them. Adding an
// analysis: its folder here (analysis.ts, Params.tsx), one line below, its messages in locales/.
import { barrierCoverage } from './barrier-coverage/analysis';
import { CoverageParamsForm } from './barrier-coverage/Params';
import { cirArticulation } from './cir-articulation/analysis';
import { CirParamsForm } from './cir-articulation/Params';
import { coverageGaps } from './coverage-gaps/analysis';
import { CoverageMatrix } from './coverage-gaps/Matrix';
import { GapsParamsForm } from './coverage-gaps/Params';
import { informationGaps } from './information-gaps/analysis';
import { programmeOverlaps } from './programme-overlaps/analysis';
import { OverlapParamsForm } from './programme-overlaps/Params';
import { type AnalysisId, type RegisteredAnalysis, register } from './types';

export const ANALYSES: readonly RegisteredAnalysis[] = [
  register(barrierCoverage, { Params: CoverageParamsForm }),
  register(programmeOverlaps, { Params: OverlapParamsForm }),
  register(informationGaps),
  register(cirArticulation, { Params: CirParamsForm }),
  register(coverageGaps, { Params: GapsParamsForm, Results: CoverageMatrix }),
];

const BY_ID = new Map(ANALYSES.map((a) => [a.logic.id, a]));

export function analysisById(id: string | null | undefined): RegisteredAnalysis | undefined {
  return id ? BY_ID.get(id as AnalysisId) : undefined;
}

export const ANALYSIS_IDS: readonly AnalysisId[] = ANALYSES.map((a) => a.logic.id);

/** Mode names of shared links made before the analyses took the server's names. */
export const LEGACY_MODES: Readonly<Record<string, AnalysisId>> = {
  coverage: 'BARRIER_COVERAGE',
  overlaps: 'PROGRAMME_OVERLAPS',
  gaps: 'INFORMATION_GAPS',
  cir: 'CIR_ARTICULATION',
  matrix: 'COVERAGE_GAPS',
};
