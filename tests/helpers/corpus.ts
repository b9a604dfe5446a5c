/**
 * The bundled corpus (`tests/fixtures/corpus`) for every test level: paths, and the
 * seed articles read and split the one way. Node built-ins only, so unit and DOM
 * tests can use it without pulling in the browser harness.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

/** The bundled corpus: real saved pages and seed articles. */
export const CORPUS = join(ROOT, 'tests', 'fixtures', 'corpus');

/** The folder of the seed articles (`<name>.txt` and `<name>.gold.json`). */
export const SEEDS = join(CORPUS, 'seeds');

/** The path of a seed article's text, such as `dailymail-putin-flee`. */
export function seedPath(name: string): string {
  return join(SEEDS, `${name}.txt`);
}

/** A seed article's text as committed. */
export function readSeed(name: string): string {
  return readFileSync(seedPath(name), 'utf8');
}

/** What a seed says, split into headline and paragraphs. */
export interface SeedArticle {
  headline: string;
  paragraphs: string[];
}

/** Splits seed text: the first non-empty line is the headline, each further non-empty line a paragraph. */
export function parseSeed(text: string): SeedArticle {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const [headline, ...paragraphs] = lines;
  if (headline === undefined) throw new Error('A seed article needs at least a headline line');
  return { headline, paragraphs };
}

/** Every non-empty line of a seed, headline first, the whole list repeated `rounds` times. */
export function seedLines(name: string, rounds = 1): string[] {
  const { headline, paragraphs } = parseSeed(readSeed(name));
  return Array.from({ length: rounds }, () => [headline, ...paragraphs]).flat();
}

/** The path of a file of a saved page (`pages/<slug>/source.html` unless `file` says otherwise). */
export function pagePath(slug: string, file = 'source.html'): string {
  return join(CORPUS, 'pages', slug, file);
}
