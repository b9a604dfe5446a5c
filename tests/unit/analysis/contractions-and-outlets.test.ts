/**
 * Two cue rules that the corpus never exercised, found in review:
 * - "It's thought that…" is hearsay like "It is thought that…" (the tokenizer
 *   keeps "It's" as one word, so an "'s" auxiliary in the lexicon never matched,
 *   and "It's" was read as a speaker);
 * - an outlet that calls itself "the paper" or "the site" learns from unnamed
 *   sources like "the newspaper" does, whatever the case.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.ts';

function claimsOf(text: string) {
  const r = analyze(text);
  return r.claims.map((c) => ({
    sentence: r.text.slice(c.start, c.end),
    category: c.category,
    source: c.source === null ? null : r.sources[c.source]!.name,
  }));
}

describe('"It\'s" + a hearsay participle', () => {
  for (const apostrophe of ["'", '’']) {
    it(`reads "It${apostrophe}s thought that" as vague, as "It is thought that"`, () => {
      const text = `The ministry said the talks had stalled. It${apostrophe}s thought that the president has fled.`;
      const spelled = claimsOf(
        'The ministry said the talks had stalled. It is thought that the president has fled.',
      );
      expect(claimsOf(text).map((c) => [c.category, c.source])).toEqual(
        spelled.map((c) => [c.category, c.source]),
      );
      expect(claimsOf(text)[1]).toMatchObject({ category: 'vague', source: null });
    });
  }

  it('leaves "he\'s said that" (he has said) to its speaker', () => {
    const [claim] = claimsOf('Mr Smith was asked about the vote. He’s said that he will resign.').slice(-1);
    expect(claim?.category).not.toBe('vague');
  });
});

describe('an outlet named by a common noun', () => {
  for (const subject of ['The paper', 'The site', 'The website']) {
    it(`"${subject} understands that…" rests on unnamed sources, like "The newspaper"`, () => {
      const ours = claimsOf(`${subject} understands that the deal is off.`);
      const newspaper = claimsOf('The newspaper understands that the deal is off.');
      expect(ours.map((c) => c.category)).toEqual(['anonymous']);
      expect(ours.map((c) => c.category)).toEqual(newspaper.map((c) => c.category));
    });
  }
});
