/**
 * Builds the extension with a stand-in content script (`probe-content.ts`) into a temporary
 * folder, to test the background where test code cannot reach it (Firefox refuses
 * `moz-extension://` pages to WebDriver). Everything else is the real build.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { build } from 'vite';
import { manifestFor, type Target } from '../../../scripts/manifest.ts';
import { ROOT } from './paths.ts';

/** Builds for `target` with the probe content script; returns the output folder. */
export async function buildProbe(target: Target): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), `sourcing-lens-probe-${target}-`));
  const base = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const manifest = manifestFor(base, target, version) as { content_scripts: { js: string[] }[] };
  manifest.content_scripts = manifest.content_scripts.map((cs) => ({
    ...cs,
    js: [relative(ROOT, join(import.meta.dirname, 'probe-content.ts'))],
  }));
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    plugins: [preact(), crx({ manifest: manifest as never, browser: target })],
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false, assetsInlineLimit: 0 },
  });
  return outDir;
}
