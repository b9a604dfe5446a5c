import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, readSeed } from '../../helpers/corpus.ts';

/** Reads a fixture file under tests/fixtures. */
export function fixture(path: string): string {
  return readFileSync(join(ROOT, 'tests', 'fixtures', path), 'utf8');
}

/** The seed articles, as the command line reads them. */
export const DAILY_MAIL = (): string => readSeed('dailymail-putin-flee');
export const SUN = (): string => readSeed('sun-putin-coup');

/** The line of an article that contains `needle`. */
export function lineWith(article: string, needle: string): string {
  const line = article.split('\n').find((l) => l.includes(needle));
  if (!line) throw new Error(`no line with ${needle}`);
  return line;
}
