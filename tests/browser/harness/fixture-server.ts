/**
 * A small HTTP server on 127.0.0.1 (random port) that serves the bundled corpus: the real
 * saved pages at `/pages/<slug>/` and the seed articles rendered as news pages at
 * `/seeds/<name>.html`, plus any page a test registers. Only known paths are served (no
 * file-system paths from the URL), and every request is recorded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { CORPUS, pagePath, readSeed, SEEDS } from '../../helpers/corpus.ts';
import { renderSeedPage } from './render-seed.ts';

/** A page a test serves: fixed HTML, or a handler for anything more. */
export type Route = string | ((req: IncomingMessage, res: ServerResponse) => void);

/** One request the server saw. */
export interface ServedRequest {
  method: string;
  path: string;
  status: number;
}

/** A running fixture server. */
export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Absolute URL for a path on this server. */
  url(path: string): string;
  /** URL of a real saved page (`bbc-1`, `telegraph`, …). */
  pageUrl(slug: string): string;
  /** URL of a seed article rendered as a page (`dailymail-putin-flee`, …). */
  seedUrl(name: string): string;
  /** Slugs of the saved pages and names of the seeds available. */
  pages: readonly string[];
  seeds: readonly string[];
  /** Serves `route` at `path` (e.g. a hostile page); replaces any earlier route there. */
  route(path: string, route: Route): void;
  /** Every request served so far. */
  requests: ServedRequest[];
  close(): Promise<void>;
}

function listPages(): string[] {
  return readdirSync(join(CORPUS, 'pages'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

function listSeeds(): string[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
}

const HTML = 'text/html; charset=utf-8';

/** Starts the server; `port` 0 (default) picks a free one. */
export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const pages = listPages();
  const seeds = listSeeds();
  const routes = new Map<string, Route>();
  for (const slug of pages) routes.set(`/pages/${slug}/`, readFileSync(pagePath(slug), 'utf8'));
  for (const name of seeds) routes.set(`/seeds/${name}.html`, renderSeedPage(name, readSeed(name)));
  routes.set('/', indexPage(pages, seeds));
  // Browsers ask for a favicon on every page; answer with nothing rather than a 404 in the console.
  routes.set('/favicon.ico', (_req, res) => void res.writeHead(204).end());
  const requests: ServedRequest[] = [];

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const route = req.method === 'GET' || req.method === 'HEAD' ? routes.get(path) : undefined;
    res.on('finish', () => requests.push({ method: req.method ?? '', path, status: res.statusCode }));
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    } else if (typeof route === 'string') {
      res.writeHead(200, { 'content-type': HTML, 'cache-control': 'no-store' }).end(route);
    } else {
      route(req, res);
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    pageUrl: (slug) => `${origin}/pages/${slug}/`,
    seedUrl: (name) => `${origin}/seeds/${name}.html`,
    pages,
    seeds,
    route: (path, route) => void routes.set(path, route),
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

// The index lists only names read from our own fixture folders (safe characters), but is
// escaped anyway.
function indexPage(pages: readonly string[], seeds: readonly string[]): string {
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const link = (href: string, text: string) => `<li><a href="${esc(href)}">${esc(text)}</a></li>`;
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sourcing Lens test articles</title></head><body>',
    '<h1>Sourcing Lens test articles</h1><h2>Seed articles</h2><ul>',
    ...seeds.map((s) => link(`/seeds/${s}.html`, s)),
    '</ul><h2>Saved real pages</h2><ul>',
    ...pages.map((p) => link(`/pages/${p}/`, p)),
    '</ul></body></html>',
  ].join('');
}
