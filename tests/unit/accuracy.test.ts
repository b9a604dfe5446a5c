import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { loadCorpus } from '../../src/evaluation/corpus.ts';
import { totalFigures } from '../../src/evaluation/format.ts';
import { scoreArticle, totalScore } from '../../src/evaluation/score.ts';

/*
 * Floors on the accuracy report over the whole gold corpus (npm run eval).
 * Raise them as the analysis improves; never lower them to make a change pass.
 */
const FLOORS = {
  flaggedF1: 0.97,
  implicitRecall: 0.93,
  explicitRecall: 0.97,
  purity: 0.97,
};

describe('accuracy on the gold corpus', () => {
  const root = fileURLToPath(new URL('../fixtures/corpus', import.meta.url));
  const scores = loadCorpus(root).map((a) => scoreArticle(a.name, analyze(a.input, a.options), a.gold));
  const total = totalScore(scores);
  const figures = totalFigures(total);

  it('finds every labelled sentence in the analysed text', () => {
    expect(scores.flatMap((s) => s.missingAt.map((at) => `${s.name}: ${at}`))).toEqual([]);
  });

  it.each(Object.entries(FLOORS))('keeps %s at or above its floor', (key, floor) => {
    expect(figures[key as keyof typeof figures]).toBeGreaterThanOrEqual(floor);
  });

  it('meets every expect check of every article', () => {
    const failed = scores.flatMap((s) =>
      s.expect.filter((e) => !e.ok).map((e) => `${s.name}: ${e.check} (${e.detail})`),
    );
    expect(failed).toEqual([]);
  });
});
