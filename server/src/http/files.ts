// Files in and out (contract/files.md): POST /api/import for every format, GET /api/export in
// every format with the view filters, GET /api/template.xlsx. Each route declares the minimal
// role it needs (`config.role`); the accounts' hook enforces it.
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { EXPORT_FORMATS, type ExportFormat, exportFile, type Positions, parseViewFilter, UnknownTerritory } from '../files/export.js';
import { FILE_FORMATS, type FileFormat, importFile } from '../files/import.js';
import { interviewHtml, interviewSheets, interviewWorkbook } from '../files/interview.js';
import { templateTables, writeWorkbook } from '../files/workbook.js';
import { exportDocument } from '../import/export.js';
import type { Executor } from '../neo4j/executor.js';
import { principalOf, requireRole } from './auth.js';
import type { RateLimits } from './rate-limit.js';

/** A REPLACE import empties the whole cartography first: it needs an ADMIN (401/403 otherwise, nothing read or written). */
async function assertCanReplace(request: FastifyRequest): Promise<void> {
  await requireRole(request, 'ADMIN');
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `agir-cartographie-YYYY-MM-DD.<ext>` as an attachment. */
function attachment(reply: FastifyReply, ext: string, type: string) {
  const date = new Date().toISOString().slice(0, 10);
  reply.header('content-disposition', `attachment; filename="agir-cartographie-${date}.${ext}"`).type(type);
}

type ImportQuery = { mode?: string; dryRun?: string; format?: string };

function validPositions(p: unknown): p is Positions {
  if (typeof p !== 'object' || p === null || Array.isArray(p)) return false;
  return Object.values(p).every((v) => typeof v === 'object' && v !== null && Number.isFinite(v.x) && Number.isFinite(v.y));
}

const badRequest = (message: string) => Object.assign(new Error(message), { statusCode: 400 });

export async function registerFiles(app: FastifyInstance, opts: { db: Executor; config: Config; limits: RateLimits }): Promise<void> {
  const { db, config, limits } = opts;
  const bodyLimit = config.BODY_LIMIT_MB * 1024 * 1024;
  const scoped = (req: FastifyRequest) => db.forRequest({ timeoutS: config.IMPORT_TIMEOUT_S, logger: req.log });

  // The upload route reads any body as bytes (or a multipart file): in its own context, so the
  // JSON parser of the rest of the app is untouched.
  await app.register(async (s) => {
    s.removeAllContentTypeParsers();
    await s.register(multipart, { limits: { fileSize: bodyLimit, files: 1, fields: 10 } });
    s.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit }, (_req, body, done) => done(null, body));

    s.post<{ Querystring: ImportQuery }>('/api/import', { preHandler: limits.writes, config: { role: 'EDITOR' } }, async (req, reply) => {
      const mode = req.query.mode;
      if (mode !== 'MERGE' && mode !== 'REPLACE') throw badRequest(`mode : MERGE ou REPLACE attendu (reçu ${JSON.stringify(mode ?? null)})`);
      if (mode === 'REPLACE') await assertCanReplace(req);
      const format = req.query.format;
      if (format !== undefined && !(FILE_FORMATS as readonly string[]).includes(format))
        throw badRequest(`format : ${FILE_FORMATS.join(', ')} attendu (reçu ${JSON.stringify(format)})`);
      const dryRun = req.query.dryRun === 'true' || req.query.dryRun === '1';
      let data: Uint8Array;
      if (req.isMultipart()) {
        const file = await req.file();
        if (!file) throw badRequest('aucun fichier dans le formulaire');
        data = await file.toBuffer();
      } else if (Buffer.isBuffer(req.body)) data = req.body;
      else throw badRequest('corps vide : envoyez le fichier');
      if (!data.length) throw badRequest('fichier vide');
      const by = (await principalOf(req))?.name;
      const report = await importFile(scoped(req), data, { mode, dryRun, ...(format ? { format: format as FileFormat } : {}), ...(by ? { by } : {}) });
      reply.code(report.ok ? 200 : 400);
      return report;
    });
  });

  app.get('/api/template.xlsx', { preHandler: limits.exports, config: { role: 'VIEWER' } }, async (_req, reply) => {
    reply.header('content-disposition', 'attachment; filename="agir-cartographie-modele.xlsx"').type(XLSX_TYPE);
    return Buffer.from(await writeWorkbook(templateTables()));
  });

  // Interview sheets: GET /fiches-entretien[?acteur=ID] (printable page), GET /api/interview-sheets.xlsx[?actor=ID].
  const sheetsFor = async (req: FastifyRequest, id: string | undefined) => {
    const sheets = interviewSheets(await exportDocument(scoped(req)), id);
    if (id !== undefined && !sheets.length) throw Object.assign(new Error(`acteur inconnu ${JSON.stringify(id)}`), { statusCode: 404 });
    return sheets;
  };
  app.get<{ Querystring: { acteur?: string } }>('/fiches-entretien', { preHandler: limits.exports, config: { role: 'VIEWER' } }, async (req, reply) => {
    const sheets = await sheetsFor(req, req.query.acteur || undefined);
    reply.type('text/html; charset=utf-8');
    return interviewHtml(sheets, new Date().toISOString().slice(0, 10));
  });
  app.get<{ Querystring: { actor?: string } }>('/api/interview-sheets.xlsx', { preHandler: limits.exports, config: { role: 'VIEWER' } }, async (req, reply) => {
    const sheets = await sheetsFor(req, req.query.actor || undefined);
    const date = new Date().toISOString().slice(0, 10);
    reply.header('content-disposition', `attachment; filename="agir-fiches-entretien-${date}.xlsx"`).type(XLSX_TYPE);
    return Buffer.from(await interviewWorkbook(sheets));
  });

  type ExportRequest = FastifyRequest<{ Querystring: Record<string, string | string[] | undefined>; Body: { positions?: Positions } | undefined }>;
  const exportHandler = async (req: ExportRequest, reply: FastifyReply) => {
    const format = String(req.query.format ?? 'json');
    if (!(EXPORT_FORMATS as readonly string[]).includes(format))
      throw badRequest(`format : ${EXPORT_FORMATS.join(', ')} attendu (reçu ${JSON.stringify(format)})`);
    const filter = parseViewFilter(req.query);
    if ('problem' in filter) throw badRequest(filter.problem);
    const positions = req.body?.positions;
    if (positions !== undefined && !validPositions(positions)) throw badRequest('positions : { "<id>": { "x": nombre, "y": nombre } } attendu');
    try {
      const file = await exportFile(scoped(req), format as ExportFormat, filter.filter, req.query.style === 'true', positions);
      attachment(reply, file.ext, file.type);
      return typeof file.body === 'string' ? file.body : Buffer.from(file.body);
    } catch (e) {
      if (e instanceof UnknownTerritory) throw badRequest(e.message);
      throw e;
    }
  };
  type ExportRoute = { Querystring: ExportRequest['query']; Body: ExportRequest['body'] };
  app.get<ExportRoute>('/api/export', { preHandler: limits.exports, config: { role: 'VIEWER' } }, exportHandler);
  // The explorer sends its on-screen positions: { "positions": { "<id>": { "x", "y" } } }.
  app.post<ExportRoute>('/api/export', { preHandler: limits.exports, config: { role: 'VIEWER' } }, exportHandler);
}
