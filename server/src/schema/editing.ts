// Editing (contract/editing.graphql): the save/delete/undo mutations, the history (`changes`,
// `history`) and the versions of actors and programmes. The work is in server/src/editing/.
import { GraphQLError } from 'graphql';
import neo4j from 'neo4j-driver';
import { changesPage, history } from '../../../cypher/editing/queries.js';
import { type ChangeShape, publicSide, toChange } from '../editing/state.js';
import { deleteActor, deleteLink, deleteProgramme, saveActor, saveLink, saveProgramme, undo, type WriteResult } from '../editing/write.js';
import type { ActorDoc, LinkDoc, ProgrammeDoc } from '../import/document.js';
import { ActorRef, PageInfoRef } from './actor.js';
import { badInput, builder, type Context } from './builder.js';
import { ActorKindEnum, LinkTypeEnum, ProgrammeKindEnum } from './enums.js';
import { ImportProblemRef } from './import.js';
import { ProgrammeRef } from './programme.js';

/** Who the history records as the author of a write. */
export const author = (ctx: Context): string => ctx.principal?.name ?? 'anonyme';

const ChangeActionEnum = builder.enumType('ChangeAction', { values: ['CREATE', 'UPDATE', 'DELETE', 'IMPORT', 'UNDO'] as const });

export const ChangeRef = builder.objectRef<ChangeShape>('Change').implement({
  description: 'One write in the history: who, when, what, and the record before and after (interchange shape)',
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.exposeString('at', { description: 'ISO 8601 date-time, UTC' }),
    by: t.exposeString('by', { description: 'the user or API token that made it' }),
    action: t.field({ type: ChangeActionEnum, resolve: (c) => c.action }),
    recordType: t.exposeString('recordType', { description: 'Actor, Programme, Link, or Cartography for a whole import' }),
    recordId: t.exposeID('recordId', { description: 'a link’s id is TYPE:from:to, an import’s is its change id' }),
    summary: t.exposeString('summary'),
    before: t.field({ type: 'JSON', nullable: true, description: 'null on CREATE', resolve: (c) => publicSide(c, 'before') }),
    after: t.field({ type: 'JSON', nullable: true, description: 'null on DELETE', resolve: (c) => publicSide(c, 'after') }),
    undoneBy: t.id({ nullable: true, description: 'the UNDO change that reverted this one', resolve: (c) => c.undoneBy }),
  }),
});

const ChangeEdgeRef = builder.objectRef<{ cursor: string; node: ChangeShape }>('ChangeEdge').implement({
  fields: (t) => ({ cursor: t.exposeString('cursor'), node: t.field({ type: ChangeRef, resolve: (e) => e.node }) }),
});
const ChangeConnectionRef = builder
  .objectRef<{ edges: { cursor: string; node: ChangeShape }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number }>(
    'ChangeConnection',
  )
  .implement({
    fields: (t) => ({
      edges: t.field({ type: [ChangeEdgeRef], resolve: (c) => c.edges }),
      pageInfo: t.field({ type: PageInfoRef, resolve: (c) => c.pageInfo }),
      totalCount: t.exposeInt('totalCount'),
    }),
  });

const WriteResultRef = builder.objectRef<WriteResult>('WriteResult').implement({
  fields: (t) => ({
    ok: t.exposeBoolean('ok'),
    conflict: t.exposeBoolean('conflict', {
      description: 'the record changed since expectedVersion (or already exists on create): nothing written',
    }),
    problems: t.field({ type: [ImportProblemRef], resolve: (r) => r.problems }),
    version: t.int({ nullable: true, description: 'the record’s version after the write (the stored one on a conflict)', resolve: (r) => r.version }),
    change: t.field({ type: ChangeRef, nullable: true, resolve: (r) => r.change }),
    current: t.field({
      type: 'JSON',
      nullable: true,
      description: 'on a conflict: the stored record in the interchange shape (null when it no longer exists)',
      resolve: (r) => r.current ?? null,
    }),
  }),
});

const SiteInput = builder.inputType('SiteInput', {
  fields: (t) => ({
    commune: t.id({ required: true }),
    address: t.string(),
    label: t.string(),
    phone: t.string(),
    hours: t.string(),
  }),
});

const ActorInput = builder.inputType('ActorInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string({ required: true }),
    kind: t.field({ type: ActorKindEnum, required: true }),
    description: t.string(),
    website: t.string(),
    email: t.string(),
    phone: t.string(),
    address: t.string(),
    commune: t.id(),
    activeIn: t.idList(),
    addresses: t.idList({ description: 'barrier ids' }),
    sites: t.field({ type: [SiteInput] }),
    outreach: t.boolean(),
    sources: t.stringList(),
  }),
});

const ProgrammeInput = builder.inputType('ProgrammeInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string({ required: true }),
    kind: t.field({ type: ProgrammeKindEnum, required: true }),
    description: t.string(),
    website: t.string(),
    domains: t.idList(),
    addresses: t.idList(),
    publics: t.idList(),
    activeIn: t.idList(),
    capacity: t.int(),
    startDate: t.string({ description: 'YYYY-MM-DD' }),
    endDate: t.string(),
    sites: t.field({ type: [SiteInput] }),
    outreach: t.boolean(),
    sources: t.stringList(),
  }),
});

const LinkInput = builder.inputType('LinkInput', {
  fields: (t) => ({
    type: t.field({ type: LinkTypeEnum, required: true }),
    from: t.id({ required: true }),
    to: t.id({ required: true }),
    formal: t.boolean(),
    note: t.string(),
    sources: t.stringList(),
  }),
});

/** History of actors and programmes: every change that touched them, newest first. */
async function historyOf(ctx: Context, id: string): Promise<ChangeShape[]> {
  const [row] = await ctx.db.read(history, { keys: [id] });
  return (row?.changes ?? []).map(toChange);
}

builder.objectFields(ActorRef, (t) => ({
  version: t.int({ description: '1 on creation, +1 on every write that touches the record', resolve: (a) => a.version ?? 1 }),
  history: t.field({ type: [ChangeRef], description: 'newest first', resolve: (a, _x, ctx) => historyOf(ctx, a.id) }),
}));
builder.objectFields(ProgrammeRef, (t) => ({
  version: t.int({ description: '1 on creation, +1 on every write that touches the record', resolve: (p) => p.version ?? 1 }),
  history: t.field({ type: [ChangeRef], description: 'newest first', resolve: (p, _x, ctx) => historyOf(ctx, p.id) }),
}));

const MAX_CHANGES = 200;
const cursorOf = (c: ChangeShape) => Buffer.from(String(c.seq)).toString('base64url');
function seqOf(cursor: string): number {
  const n = Number(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!Number.isInteger(n) || n < 0) throw badInput('after', 'not a cursor returned by this API');
  return n;
}

builder.queryFields((t) => ({
  changes: t.field({
    type: ChangeConnectionRef,
    description: 'The history, newest first: all of it, or the changes that touched one record (a link’s id is TYPE:from:to)',
    args: { recordId: t.arg.id(), first: t.arg.int({ description: `page size, 1–${MAX_CHANGES} (default 20)` }), after: t.arg.string() },
    resolve: async (_r, { recordId, first, after }, ctx) => {
      const size = first ?? 20;
      if (size < 1 || size > MAX_CHANGES) throw badInput('first', `must be between 1 and ${MAX_CHANGES} (got ${size})`);
      const afterSeq = after ? seqOf(after) : null;
      const [row] = await ctx.db.read(changesPage, {
        recordId: recordId == null ? null : String(recordId),
        afterSeq: afterSeq === null ? null : neo4j.int(afterSeq),
        first: neo4j.int(size + 1),
      });
      if (!row) throw new GraphQLError('changes query returned nothing');
      const all = row.page.map(toChange);
      const page = all.slice(0, size);
      const last = page[page.length - 1];
      return {
        edges: page.map((node) => ({ cursor: cursorOf(node), node })),
        pageInfo: { hasNextPage: all.length > size, endCursor: last ? cursorOf(last) : null },
        totalCount: Number(row.total),
      };
    },
  }),
}));

builder.mutationFields((t) => ({
  saveActor: t.field({
    type: WriteResultRef,
    description:
      'expectedVersion null: create (conflict if the id exists); otherwise update only if the stored version equals it. Replaces the record’s own fields and lists, as MERGE does.',
    args: { input: t.arg({ type: ActorInput, required: true }), expectedVersion: t.arg.int() },
    resolve: (_r, { input, expectedVersion }, ctx) => saveActor(ctx.db, input as ActorDoc, expectedVersion, author(ctx)),
  }),
  deleteActor: t.field({
    type: WriteResultRef,
    description: 'deletes its links too',
    args: { id: t.arg.id({ required: true }), expectedVersion: t.arg.int({ required: true }) },
    resolve: (_r, { id, expectedVersion }, ctx) => deleteActor(ctx.db, String(id), expectedVersion, author(ctx)),
  }),
  saveProgramme: t.field({
    type: WriteResultRef,
    args: { input: t.arg({ type: ProgrammeInput, required: true }), expectedVersion: t.arg.int() },
    resolve: (_r, { input, expectedVersion }, ctx) => saveProgramme(ctx.db, input as ProgrammeDoc, expectedVersion, author(ctx)),
  }),
  deleteProgramme: t.field({
    type: WriteResultRef,
    args: { id: t.arg.id({ required: true }), expectedVersion: t.arg.int({ required: true }) },
    resolve: (_r, { id, expectedVersion }, ctx) => deleteProgramme(ctx.db, String(id), expectedVersion, author(ctx)),
  }),
  saveLink: t.field({
    type: WriteResultRef,
    description: 'upsert by (type, from, to)',
    args: { input: t.arg({ type: LinkInput, required: true }) },
    resolve: (_r, { input }, ctx) => saveLink(ctx.db, input as LinkDoc, author(ctx)),
  }),
  deleteLink: t.field({
    type: WriteResultRef,
    args: { type: t.arg({ type: LinkTypeEnum, required: true }), from: t.arg.id({ required: true }), to: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => deleteLink(ctx.db, { type: args.type, from: String(args.from), to: String(args.to) }, author(ctx)),
  }),
  undo: t.field({
    type: WriteResultRef,
    description: 'Reverts one change (a whole import included) if the records it touched have not changed since; otherwise conflict and nothing written.',
    args: { changeId: t.arg.id({ required: true }) },
    resolve: (_r, { changeId }, ctx) => undo(ctx.db, String(changeId), author(ctx)),
  }),
}));
