/** Where the browser tests find the project's files. */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from '../../helpers/corpus.ts';

/** The repository root, and the bundled corpus the tests serve: real saved pages and seed articles. */
export { CORPUS, ROOT } from '../../helpers/corpus.ts';

/** Screenshots and other test artifacts (gitignored). */
export const ARTIFACTS = join(ROOT, 'artifacts');

/**
 * The built extension for a browser: `dist/<target>`, or the folder named by
 * `SOURCING_LENS_DIST_CHROME` / `SOURCING_LENS_DIST_FIREFOX` (to test another build).
 */
export function distDir(target: 'chrome' | 'firefox'): string {
  const override = process.env[`SOURCING_LENS_DIST_${target.toUpperCase()}`];
  return override ? resolve(override) : join(ROOT, 'dist', target);
}

/** Throws a clear error unless the extension has been built for `target`. */
export function requireBuilt(target: 'chrome' | 'firefox'): string {
  const dir = distDir(target);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No ${target} build in ${dir}: run \`npm run build\` first (npm test does).`);
  }
  return dir;
}

/** The artifacts folder, created on first use; returns the path of `name` inside it. */
export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}
