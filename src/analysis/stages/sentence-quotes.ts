import { isSpace } from '../text/chars.ts';
import type { Span } from '../types.ts';

/** How much of a sentence is quotation, and where. */
export interface SentenceQuoting {
  /** The sentence opens with a quotation mark, or inside a quotation opened before it. */
  startsQuoted: boolean;
  /** Share of the sentence's characters inside quotations (0..1). */
  share: number;
  /** A quotation of four or more words runs to the sentence's end ("is ‘aware of … the country.’"). */
  endsWithLongQuote: boolean;
  /** Quotations overlapping the sentence. */
  overlapping: Span[];
}

const MIN_QUOTED_WORDS = 4;

function wordsIn(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * Measures the quotations of one sentence. `quotes` are the block's
 * quotations in order; `from` is where to start looking (quotations before
 * the previous sentence are skipped), so a block is walked once.
 */
export function sentenceQuoting(text: string, sentence: Span, quotes: readonly Span[]): SentenceQuoting {
  const overlapping: Span[] = [];
  let inside = 0;
  let startsQuoted = false;
  let endsWithLongQuote = false;
  for (const q of quotes) {
    if (q.end <= sentence.start) continue;
    if (q.start >= sentence.end) break;
    overlapping.push(q);
    const s = Math.max(q.start, sentence.start);
    const e = Math.min(q.end, sentence.end);
    inside += e - s;
    if (q.start <= sentence.start) startsQuoted = true;
    // Closing mark at (or, before final punctuation, near) the sentence end.
    if (q.end >= sentence.end - 2 && wordsIn(text, s, e) >= MIN_QUOTED_WORDS) endsWithLongQuote = true;
  }
  const length = Math.max(1, sentence.end - sentence.start);
  return { startsQuoted, share: inside / length, endsWithLongQuote, overlapping };
}
