/**
 * The content script's size budget on the built extension (issue 5): what every
 * page loads stays within 30 KB gzip (enforced); what an article page loads on
 * top (the engine chunk, imported lazily once the article check passes) and what
 * only a page whose background cannot answer loads (the analysis, imported by
 * the engine as a fallback) are reported, in the test output and in
 * artifacts/content-bundle.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { artifactPath, requireBuilt } from './harness/index.ts';

/** Content script budget for every page, gzip bytes. */
const EVERY_PAGE_GZIP_BUDGET = 30 * 1024;

interface ChunkFile {
  path: string;
  bytes: number;
  gzip: number;
}

/** A chunk's relative imports, resolved against its folder: static ones and dynamic `import()`s. */
function importsOf(file: string, text: string): { static: string[]; dynamic: string[] } {
  const resolveSpec = (spec: string) => join(dirname(file), spec);
  // Minified or not: `from"./x.js"`, `import"./x.js"`, `import(\`./x.js\`)`.
  const dynamicRe = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;
  const staticRe = /(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g;
  return {
    static: [...text.matchAll(staticRe)].map((m) => resolveSpec(m[1] as string)),
    dynamic: [...text.matchAll(dynamicRe)].map((m) => resolveSpec(m[1] as string)),
  };
}

/**
 * The content script's files, as the browser loads them: the manifest's loader,
 * the entry it imports by URL, and their static imports (every page); then the
 * chunks the entry imports dynamically, with their static imports (article pages).
 */
function contentBundle(dist: string): {
  everyPage: ChunkFile[];
  articleExtra: ChunkFile[];
  fallbackExtra: ChunkFile[];
} {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
  };
  const seen = new Set<string>();
  const read = (path: string): ChunkFile & { text: string } => {
    const body = readFileSync(join(dist, path));
    return {
      path,
      bytes: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      text: body.toString('utf8'),
    };
  };
  const dynamic: string[] = [];
  // Follows static imports from `start` into `out`; dynamic ones are queued for the article set.
  const walk = (start: string, out: ChunkFile[]): void => {
    if (seen.has(start)) return;
    seen.add(start);
    const { text, ...file } = read(start);
    out.push(file);
    // crxjs's loader imports the real entry by URL: chrome.runtime.getURL("assets/…js").
    for (const m of text.matchAll(/getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) walk(m[1] as string, out);
    const imports = importsOf(start, text);
    for (const path of imports.static) walk(path, out);
    dynamic.push(...imports.dynamic);
  };
  const everyPage: ChunkFile[] = [];
  for (const script of manifest.content_scripts) for (const js of script.js) walk(js, everyPage);
  const articleExtra: ChunkFile[] = [];
  for (const path of dynamic.splice(0)) walk(path, articleExtra);
  const fallbackExtra: ChunkFile[] = [];
  for (const path of dynamic.splice(0)) walk(path, fallbackExtra);
  return { everyPage, articleExtra, fallbackExtra };
}

const total = (files: ChunkFile[]) => files.reduce((n, f) => n + f.gzip, 0);
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

describe('content script bundle', () => {
  const dist = requireBuilt('chrome');
  const { everyPage, articleExtra, fallbackExtra } = contentBundle(dist);

  it('loads at most 30 KB gzip on every page; the article-page total is reported', () => {
    const figures = {
      everyPageGzipKB: kb(total(everyPage)),
      articleExtraGzipKB: kb(total(articleExtra)),
      articlePageGzipKB: kb(total(everyPage) + total(articleExtra)),
      fallbackExtraGzipKB: kb(total(fallbackExtra)),
      everyPage,
      articleExtra,
      fallbackExtra,
    };
    writeFileSync(artifactPath('content-bundle.json'), `${JSON.stringify(figures, null, 2)}\n`);
    console.log(
      `content script (gzip -9): every page ${figures.everyPageGzipKB} KB (${everyPage.length} files), ` +
        `article pages ${figures.articlePageGzipKB} KB (+${figures.articleExtraGzipKB} KB lazily), ` +
        `+${figures.fallbackExtraGzipKB} KB more only when the background cannot analyse`,
    );
    // The walk really followed the loader into the entry, its shared chunks and the engine.
    expect(everyPage.length).toBeGreaterThanOrEqual(3);
    expect(articleExtra.some((f) => /engine/.test(f.path))).toBe(true);
    // The analysis runs in the background: an article page does not load it.
    expect(articleExtra.some((f) => /analysis/.test(f.path))).toBe(false);
    expect(fallbackExtra.some((f) => /analysis/.test(f.path))).toBe(true);
    expect(total(everyPage)).toBeLessThanOrEqual(EVERY_PAGE_GZIP_BUDGET);
  });

  it('carries no Readability (the live page takes the cheap extraction path)', () => {
    // `_grabArticle` is Readability's main routine; its small article check (`isProbablyReaderable`) may stay.
    for (const f of [...everyPage, ...articleExtra, ...fallbackExtra]) {
      expect(readFileSync(join(dist, f.path), 'utf8').includes('_grabArticle'), f.path).toBe(false);
    }
  });
});
