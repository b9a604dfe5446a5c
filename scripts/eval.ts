/**
 * `npm run eval`: scores the analysis on the gold corpus in tests/fixtures,
 * one table per article and a total. `--verbose` lists every miss;
 * `--markdown` prints the README's table.
 */
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analysis/index.ts';
import { loadCorpus } from '../src/evaluation/corpus.ts';
import { formatArticle, formatMarkdown, formatTotal } from '../src/evaluation/format.ts';
import { scoreArticle, totalScore } from '../src/evaluation/score.ts';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const root = fileURLToPath(new URL('../tests/fixtures/corpus', import.meta.url));
const scores = loadCorpus(root).map((a) => scoreArticle(a.name, analyze(a.input, a.options), a.gold));
if (process.argv.includes('--markdown')) {
  console.log(formatMarkdown(scores, totalScore(scores)));
} else {
  for (const s of scores) console.log(`${formatArticle(s, verbose)}\n`);
  console.log(formatTotal(totalScore(scores)));
}
