// The editing API of the explorer (contract/editing.graphql): the record as a form edits it, the
// writes, and the history of a record.
import { graphql, type ResultOf, request, type VariablesOf } from '../graphql';

const EDIT_ACTOR = graphql(`
  query EditActor($id: ID!) {
    actor(id: $id) {
      id name kind description website email phone address commune { id } activeIn { id } addresses { id }
      sites { commune { id } address label phone hours } outreach sources version
      links { type from to }
    }
  }
`);
const EDIT_PROGRAMME = graphql(`
  query EditProgramme($id: ID!) {
    programme(id: $id) {
      id name kind description website domains { id } addresses { id } publics { id } activeIn { id } capacity startDate endDate
      sites { commune { id } address label phone hours } outreach sources version
      operators { id }
    }
  }
`);
export type EditableActor = NonNullable<ResultOf<typeof EDIT_ACTOR>['actor']>;
export type EditableProgramme = NonNullable<ResultOf<typeof EDIT_PROGRAMME>['programme']>;

export const fetchEditableActor = async (id: string) => (await request(EDIT_ACTOR, { id })).actor;
export const fetchEditableProgramme = async (id: string) => (await request(EDIT_PROGRAMME, { id })).programme;

const SAVE_ACTOR = graphql(`
  mutation SaveActor($input: ActorInput!, $v: Int) { saveActor(input: $input, expectedVersion: $v) { ok conflict version current problems { where message } change { id summary } } }
`);
const SAVE_PROGRAMME = graphql(`
  mutation SaveProgramme($input: ProgrammeInput!, $v: Int) { saveProgramme(input: $input, expectedVersion: $v) { ok conflict version current problems { where message } change { id summary } } }
`);
const DELETE_ACTOR = graphql(`
  mutation DeleteActor($id: ID!, $v: Int!) { deleteActor(id: $id, expectedVersion: $v) { ok conflict version current problems { where message } change { id summary } } }
`);
const DELETE_PROGRAMME = graphql(`
  mutation DeleteProgramme($id: ID!, $v: Int!) { deleteProgramme(id: $id, expectedVersion: $v) { ok conflict version current problems { where message } change { id summary } } }
`);
const SAVE_LINK = graphql(`
  mutation SaveLink($input: LinkInput!) { saveLink(input: $input) { ok conflict version current problems { where message } change { id summary } } }
`);
const UNDO = graphql(`
  mutation Undo($id: ID!) { undo(changeId: $id) { ok conflict version current problems { where message } change { id summary } } }
`);
export type ActorInput = VariablesOf<typeof SAVE_ACTOR>['input'];
export type ProgrammeInput = VariablesOf<typeof SAVE_PROGRAMME>['input'];
export type LinkInput = VariablesOf<typeof SAVE_LINK>['input'];

export interface WriteAnswer {
  ok: boolean;
  conflict: boolean;
  version: number | null;
  current: unknown;
  problems: { where: string; message: string }[];
  change: { id: string; summary: string } | null;
}

export const saveActor = async (input: ActorInput, v: number | null): Promise<WriteAnswer> => (await request(SAVE_ACTOR, { input, v })).saveActor;
export const saveProgramme = async (input: ProgrammeInput, v: number | null): Promise<WriteAnswer> =>
  (await request(SAVE_PROGRAMME, { input, v })).saveProgramme;
export const deleteRecord = async (type: 'Actor' | 'Programme', id: string, v: number): Promise<WriteAnswer> =>
  type === 'Actor' ? (await request(DELETE_ACTOR, { id, v })).deleteActor : (await request(DELETE_PROGRAMME, { id, v })).deleteProgramme;
export const saveLink = async (input: LinkInput): Promise<WriteAnswer> => (await request(SAVE_LINK, { input })).saveLink;
export const undoChange = async (id: string): Promise<WriteAnswer> => (await request(UNDO, { id })).undo;

const HISTORY = graphql(`
  query History($id: ID!) {
    changes(recordId: $id, first: 50) { totalCount edges { node { id at by action summary before after undoneBy } } }
  }
`);
export type HistoryChange = ResultOf<typeof HISTORY>['changes']['edges'][number]['node'];
export const fetchHistory = async (id: string): Promise<HistoryChange[]> => (await request(HISTORY, { id })).changes.edges.map((e) => e.node);
