import { readSeed } from '../../helpers/corpus.ts';

/** The seed articles, as the command line reads them. */
export const DAILY_MAIL = (): string => readSeed('dailymail-putin-flee');
export const SUN = (): string => readSeed('sun-putin-coup');

/** The line of an article that contains `needle`. */
export function lineWith(article: string, needle: string): string {
  const line = article.split('\n').find((l) => l.includes(needle));
  if (!line) throw new Error(`no line with ${needle}`);
  return line;
}
