import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Reads a fixture file under tests/fixtures. */
export function fixture(path: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url)), 'utf8');
}

/** The seed articles, as the command line reads them. */
export const DAILY_MAIL = (): string => fixture('corpus/seeds/dailymail-putin-flee.txt');
export const SUN = (): string => fixture('corpus/seeds/sun-putin-coup.txt');

/** The line of an article that contains `needle`. */
export function lineWith(article: string, needle: string): string {
  const line = article.split('\n').find((l) => l.includes(needle));
  if (!line) throw new Error(`no line with ${needle}`);
  return line;
}
