// importCartography: validates the whole document, writes nothing on any problem.
import { type ImportReport, importDocument } from '../import/load.js';
import { builder } from './builder.js';
import { ImportModeEnum } from './enums.js';

export const ImportProblemRef = builder.objectRef<{ where: string; message: string }>('ImportProblem').implement({
  fields: (t) => ({
    where: t.exposeString('where', { description: 'e.g. "actors[3].kind" or "links.csv line 12, column to"' }),
    message: t.exposeString('message'),
  }),
});

const ImportReportRef = builder.objectRef<ImportReport>('ImportReport').implement({
  fields: (t) => ({
    ok: t.exposeBoolean('ok'),
    created: t.exposeInt('created'),
    updated: t.exposeInt('updated'),
    problems: t.field({ type: [ImportProblemRef], resolve: (r) => r.problems }),
    changeId: t.id({ nullable: true, description: 'the IMPORT change recorded with it (undo reverts the import whole)', resolve: (r) => r.change?.id ?? null }),
  }),
});

builder.mutationFields((t) => ({
  importCartography: t.field({
    type: ImportReportRef,
    description:
      'Validates the whole document first; on any problem nothing is written. REPLACE empties everything but the reference vocabulary before loading; MERGE upserts by id.',
    args: { document: t.arg({ type: 'JSON', required: true }), mode: t.arg({ type: ImportModeEnum, required: true }) },
    resolve: (_r, { document, mode }, ctx) => importDocument(ctx.db, document, mode, { by: ctx.principal?.name ?? 'anonyme' }),
  }),
}));
