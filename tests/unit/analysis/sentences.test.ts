import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/analysis/stages/quotes.ts';
import { splitSentences } from '../../../src/analysis/stages/sentences.ts';
import { DAILY_MAIL, lineWith, SUN } from './helpers.ts';

function split(text: string): string[] {
  const block = { start: 0, end: text.length };
  const [quotes] = findQuotes(text, [block]);
  return splitSentences(text, block, quotes!).map((s) => text.slice(s.start, s.end));
}

describe('sentence splitting', () => {
  it('splits a quoted paragraph of the Sun seed into its sentences', () => {
    const line = lineWith(SUN(), 'It is being bled white.');
    expect(split(line)).toEqual([
      '"It is being bled white.',
      'It’s running out of troops, it’s running out of missiles, it’s running out of everything.',
    ]);
  });

  it('does not end a sentence after a title: Mr, Dr, Mr.', () => {
    const nyt = 'Mr. Reeves said he thought that the American government was being manipulated.';
    expect(split(nyt)).toEqual([nyt]);
    expect(split(lineWith(SUN(), 'Poor Mr Putin'))).toHaveLength(1);
  });

  it('does not end a sentence at an initial or an abbreviated month', () => {
    const nyt =
      'Obama administration officials said that they had briefed President-elect Donald J. Trump’s transition team.';
    expect(split(nyt)).toEqual([nyt]);
    const webmd = 'Feb. 23, 2015 -- Life-threatening peanut allergies have mysteriously been on the rise.';
    expect(split(webmd)).toEqual([webmd]);
  });

  it('ends a sentence after U.S. only when a sentence opener follows', () => {
    expect(split('In the U.S., more than 2% of people react to peanuts.')).toHaveLength(1);
    expect(split('He lives in the U.S. The president disagrees.')).toHaveLength(2);
  });

  it('keeps "?" or "!" inside a quotation with a lower-case continuation in one sentence', () => {
    const bbc =
      'There was a momentary flicker across the president\'s face as if to say "You think you got me?" before his smile returned.';
    expect(split(bbc)).toEqual([bbc]);
  });

  it('never ends a sentence inside a quotation nested in another', () => {
    const line = lineWith(SUN(), 'The Russians have been told');
    expect(split(line)).toHaveLength(1);
  });

  it('splits every seed paragraph into trimmed, ordered, non-overlapping spans inside the block', () => {
    for (const article of [DAILY_MAIL(), SUN()]) {
      for (const line of article.split('\n')) {
        const block = { start: 0, end: line.length };
        const [quotes] = findQuotes(line, [block]);
        let last = 0;
        for (const s of splitSentences(line, block, quotes!)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(line.slice(s.start, s.end)).toBe(line.slice(s.start, s.end).trim());
          last = s.end;
        }
      }
    }
  });
});

describe('quotations', () => {
  it('treats single quotes as the Daily Mail’s main style and apostrophes as letters', () => {
    const line = lineWith(DAILY_MAIL(), 'In principle');
    const [q] = findQuotes(line, [{ start: 0, end: line.length }]);
    expect(q!.spans).toHaveLength(1);
    expect(line.slice(q!.spans[0]!.start, q!.spans[0]!.end)).toMatch(/^‘In principle.*chip,’$/);
  });

  it('carries a quotation opened and not closed to the block end', () => {
    const line = lineWith(DAILY_MAIL(), 'At about 1am');
    const [q] = findQuotes(line, [{ start: 0, end: line.length }]);
    expect(q!.openAtEnd).toBe(true);
  });
});
