/** Run by `npm run bench` in a fresh process: the cost of the very first analyze() call (cold code, no warm-up). */
import { readFileSync } from 'node:fs';

const text = readFileSync(
  new URL('../tests/fixtures/corpus/seeds/sun-putin-coup.txt', import.meta.url),
  'utf8',
);
const t0 = performance.now();
const { analyze } = await import('../src/analysis/index.ts');
const t1 = performance.now();
analyze(text);
const t2 = performance.now();
analyze(text);
const t3 = performance.now();
console.log(
  `module load ${(t1 - t0).toFixed(1)} ms, first analyze() ${(t2 - t1).toFixed(1)} ms, second ${(t3 - t2).toFixed(1)} ms (Sun seed, ${text.split(/\s+/).length} words)`,
);
