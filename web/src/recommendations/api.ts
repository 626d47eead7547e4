// The recommendations API of the explorer and the report: the list, the sections, the
// regeneration and a consultant's review.
import { graphql, type ResultOf, request } from '../graphql';

const RECOMMENDATIONS = graphql(`
  query Recommendations($status: RecommendationStatus, $domainId: ID, $barrierId: ID, $territoryId: ID) {
    recommendations(status: $status, domainId: $domainId, barrierId: $barrierId, territoryId: $territoryId) {
      id rule status title text draftText edited what why bpiDisplay priority priorityLevel evidenceChanged proposedText findingGone updatedAt updatedBy departmentWide
      actors { id name } territories { id name } domains { id label } barriers { id label } peripheralBarriers { id label labelEn }
    }
    peripheralBarriers { id label labelEn }
  }
`);

const REGENERATE = graphql(`
  mutation RegenerateRecommendations { regenerateRecommendations { drafted removed } }
`);

const UPDATE = graphql(`
  mutation UpdateRecommendation($id: ID!, $text: String, $status: RecommendationStatus) {
    updateRecommendation(id: $id, text: $text, status: $status) { id }
  }
`);

export type RecommendationsAnswer = ResultOf<typeof RECOMMENDATIONS>;
export type Recommendation = RecommendationsAnswer['recommendations'][number];
export type RecommendationStatus = Recommendation['status'];

export const fetchRecommendations = (
  filter: { status?: RecommendationStatus | null; domainId?: string | null; barrierId?: string | null; territoryId?: string | null } = {},
) =>
  request(RECOMMENDATIONS, {
    status: filter.status ?? null,
    domainId: filter.domainId ?? null,
    barrierId: filter.barrierId ?? null,
    territoryId: filter.territoryId ?? null,
  });

export const regenerateRecommendations = async () => (await request(REGENERATE, {})).regenerateRecommendations;

export const reviewRecommendation = (id: string, change: { text?: string; status?: RecommendationStatus }) =>
  request(UPDATE, { id, text: change.text ?? null, status: change.status ?? null });
