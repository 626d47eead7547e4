// GraphiQL without inline scripts and without 9 MB per page load: the page Yoga serves is
// a few hundred bytes; its script and style (from @graphql-yoga/render-graphiql, which
// works offline) are served once from /graphiql/<hash>.js|.css and cached by the browser
// (immutable, ETag). The Content-Security-Policy then needs no 'unsafe-inline' script.
import { createHash } from 'node:crypto';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { GraphiQLOptions } from 'graphql-yoga';

interface Asset {
  body: string;
  type: string;
  etag: string;
}
const assets = new Map<string, Asset>();
const pages = new Map<string, string>();

function between(html: string, open: string, close: string): string {
  const start = html.indexOf(open);
  const end = html.lastIndexOf(close);
  if (start === -1 || end <= start) throw new Error(`GraphiQL page: no ${open} block`);
  return html.slice(start + open.length, end);
}

function addAsset(body: string, ext: 'js' | 'css'): string {
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 16);
  const name = `${hash}.${ext}`;
  assets.set(name, { body, type: ext === 'js' ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8', etag: `"${hash}"` });
  return `/graphiql/${name}`;
}

/** Yoga's renderGraphiQL, with the inline script and style moved to cached files. */
export function renderGraphiQLPage(opts?: GraphiQLOptions): string {
  const key = JSON.stringify(opts ?? {});
  const cached = pages.get(key);
  if (cached) return cached;
  const full = renderGraphiQL(opts);
  const script = addAsset(between(full, '<script>', '</script>'), 'js');
  const style = addAsset(between(full, '<style>', '</style>'), 'css');
  const title = /<title>([^<]*)<\/title>/.exec(full)?.[1] ?? 'GraphiQL';
  const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${style}" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run this app.</noscript>
    <div id="root"></div>
    <script src="${script}"></script>
  </body>
</html>
`;
  pages.set(key, page);
  return page;
}

export async function graphiqlAssetRoute(req: FastifyRequest<{ Params: { file: string } }>, reply: FastifyReply) {
  const asset = assets.get(req.params.file);
  if (!asset) return reply.code(404).send({ error: 'Not found' });
  reply.header('etag', asset.etag).header('cache-control', 'public, max-age=31536000, immutable').type(asset.type);
  if (req.headers['if-none-match'] === asset.etag) return reply.code(304).send();
  return reply.send(asset.body);
}
