/**
 * Enforces the module boundaries of `src/` by scanning every import:
 * - `analysis` imports nothing outside itself (no packages either): it is pure.
 * - `content`, `popup`, `options`, `background` (the browser contexts) never import one
 *   another; they share only `analysis`, `extract`, `settings`, `messaging`, `ui-theme`.
 *   One exception: the options page reuses the popup's public surface (its toggles and
 *   i18n): both are extension pages drawn with the same components; the reverse is refused.
 * - shared modules never import a browser context or the CLI, and `settings`/`messaging`
 *   never import the polyfill (they run in Node tests and take the browser API as arguments).
 * - across folders, only a folder's `index.ts` (its public surface) or `types.ts` (its data
 *   model, no logic) may be imported (stylesheets aside); and `analysis/serialize.ts`, the
 *   command line's JSON shape, which builds on the data model alone: the popup's download
 *   uses it without pulling in the engine that `analysis/index.ts` carries.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

/** Every import specifier in a source file: static, re-export, side-effect and dynamic. */
function importsOf(source: string): string[] {
  const out: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?[\w*{}\s,$]+?\s+from\s+['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?(?:\*(?:\s+as\s+\w+)?|\{[^}]*\})\s+from\s+['"]([^'"]+)['"]/g,
    /\bimport\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) out.push(m[1] as string);
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The top-level folder under src/ that a path lies in. */
function folderOf(path: string): string {
  return relative(SRC, path).split(sep)[0] as string;
}

const CONTEXTS = new Set(['content', 'popup', 'options', 'background']);
const SHARED = new Set(['analysis', 'extract', 'settings', 'messaging', 'ui-theme']);

/** Which src folders each folder may import from (besides itself). */
function mayImport(from: string, to: string): boolean {
  if (from === to) return true;
  if (from === 'analysis') return false;
  if (from === 'options' && to === 'popup') return true;
  if (CONTEXTS.has(from)) return SHARED.has(to);
  if (from === 'cli') return to === 'analysis' || to === 'extract';
  // The accuracy evaluation is a Node tool: it reads pages the way the command line does.
  if (from === 'evaluation') return to === 'analysis' || to === 'cli';
  // Shared modules build only on the data model and the engine.
  if (SHARED.has(from)) return to === 'analysis';
  return SHARED.has(to);
}

/** Packages a folder may not import. */
function forbiddenPackage(from: string, specifier: string): boolean {
  if (from === 'analysis') return true;
  if (from === 'settings' || from === 'messaging') {
    return specifier === 'webextension-polyfill' || specifier.startsWith('preact');
  }
  if (from === 'ui-theme') return specifier.startsWith('preact') || specifier === 'webextension-polyfill';
  return false;
}

/** Every boundary broken by the files under src/, as "file → specifier: reason". */
function violations(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    const rel = relative(ROOT, file);
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) {
        if (forbiddenPackage(from, specifier))
          found.push(`${rel} → ${specifier}: package not allowed in ${from}`);
        continue;
      }
      const target = resolve(dirname(file), specifier);
      if (!target.startsWith(SRC + sep)) {
        found.push(`${rel} → ${specifier}: reaches outside src/`);
        continue;
      }
      const to = folderOf(target);
      if (!mayImport(from, to)) {
        found.push(`${rel} → ${specifier}: ${from} may not import ${to}`);
        continue;
      }
      const inside = relative(join(SRC, to), target);
      // Stylesheets are not a code surface; a page may reuse another's.
      const surface = inside === 'index.ts' || inside === 'types.ts' || inside.endsWith('.css');
      // The JSON shape imports only the data model: reachable without the engine.
      const engineFree = to === 'analysis' && inside === 'serialize.ts';
      if (from !== to && !surface && !engineFree) {
        found.push(`${rel} → ${specifier}: import ${to}/index.ts (its public surface), not ${to}/${inside}`);
      }
    }
  }
  return found;
}

describe('import boundaries', () => {
  it('finds every kind of import', () => {
    const sample = [
      "import type { A } from '../analysis/types.ts';",
      "import { b, type C } from './b.ts';",
      "import * as d from 'd';",
      "import e from 'e';",
      "import './side-effect.css';",
      "export { f } from '../f/index.ts';",
      "export * from './g.ts';",
      "const h = await import('../h/index.ts');",
    ].join('\n');
    expect(importsOf(sample).sort()).toEqual(
      [
        '../analysis/types.ts',
        './b.ts',
        'd',
        'e',
        './side-effect.css',
        '../f/index.ts',
        './g.ts',
        '../h/index.ts',
      ].sort(),
    );
  });

  it('applies the rules', () => {
    expect(mayImport('analysis', 'settings')).toBe(false);
    expect(mayImport('content', 'popup')).toBe(false);
    expect(mayImport('popup', 'background')).toBe(false);
    expect(mayImport('background', 'content')).toBe(false);
    expect(mayImport('popup', 'options')).toBe(false);
    expect(mayImport('settings', 'content')).toBe(false);
    expect(mayImport('content', 'analysis')).toBe(true);
    expect(mayImport('popup', 'messaging')).toBe(true);
    expect(mayImport('cli', 'extract')).toBe(true);
    expect(mayImport('cli', 'settings')).toBe(false);
    expect(forbiddenPackage('analysis', 'compromise')).toBe(true);
    expect(forbiddenPackage('settings', 'webextension-polyfill')).toBe(true);
    expect(forbiddenPackage('background', 'webextension-polyfill')).toBe(false);
  });

  it('holds for every file under src/', () => {
    expect(sourceFiles(SRC).length).toBeGreaterThan(10);
    expect(violations()).toEqual([]);
  });
});
