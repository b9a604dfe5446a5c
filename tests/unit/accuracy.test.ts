import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { loadCorpus } from '../../src/evaluation/corpus.ts';
import { totalFigures } from '../../src/evaluation/format.ts';
import { type ArticleScore, scoreArticle, totalScore } from '../../src/evaluation/score.ts';
import { CORPUS } from '../helpers/corpus.ts';

/*
 * Floors on the accuracy report (npm run eval), so that a regression fails CI.
 * Raise them as the analysis improves; never lower them to make a change pass.
 *
 * Two parts of the corpus are held to their own floors:
 * - `shared`: the seed articles and saved pages the project was specified on
 *   (the targets: flagged micro-F1 ≥ 0.90, implicit recall ≥ 0.85,
 *   purity ≥ 0.95, every expect met);
 * - `added`: real pages from other outlets, labelled independently before the
 *   analysis was run on them, to measure how it generalises. Their floors are
 *   their measured figures less a margin, and their expect checks are
 *   reported, not required (two miss on opinion pieces).
 */
const SHARED = new Set([
  'dailymail-putin-flee',
  'sun-putin-coup',
  'bbc-1',
  'nytimes-1',
  'telegraph',
  'webmd-1',
]);

const FLOORS = {
  shared: { flaggedF1: 0.97, implicitRecall: 0.93, explicitRecall: 0.97, purity: 0.97 },
  added: { flaggedF1: 0.9, implicitRecall: 0.93, explicitRecall: 0.9, purity: 0.95 },
};

describe('accuracy on the gold corpus', () => {
  const scores = loadCorpus(CORPUS).map((a) => scoreArticle(a.name, analyze(a.input, a.options), a.gold));
  const parts: Record<keyof typeof FLOORS, ArticleScore[]> = {
    shared: scores.filter((s) => SHARED.has(s.name)),
    added: scores.filter((s) => !SHARED.has(s.name)),
  };

  it('has both parts of the corpus', () => {
    expect(parts.shared).toHaveLength(SHARED.size);
    expect(parts.added.length).toBeGreaterThanOrEqual(8);
  });

  it('finds every labelled sentence in the analysed text', () => {
    expect(scores.flatMap((s) => s.missingAt.map((at) => `${s.name}: ${at}`))).toEqual([]);
  });

  for (const part of ['shared', 'added'] as const) {
    const figures = () => totalFigures(totalScore(parts[part]));
    it.each(Object.entries(FLOORS[part]))(`keeps ${part} %s at or above its floor`, (key, floor) => {
      expect(figures()[key as keyof ReturnType<typeof figures>]).toBeGreaterThanOrEqual(floor);
    });
  }

  it('meets every expect check of the shared articles', () => {
    const failed = parts.shared.flatMap((s) =>
      s.expect.filter((e) => !e.ok).map((e) => `${s.name}: ${e.check} (${e.detail})`),
    );
    expect(failed).toEqual([]);
  });
});
