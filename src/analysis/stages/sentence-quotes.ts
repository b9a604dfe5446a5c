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

/** Whether [start, end) holds at least `min` words; stops as soon as it knows. */
function hasWords(text: string, start: number, end: number, min: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord && ++words >= min) return true;
    inWord = !space;
  }
  return false;
}

/** A position in a block's quotations, carried from one sentence to the next so a block is walked once. */
export interface QuoteCursor {
  next: number;
}

/**
 * Measures the quotations of one sentence. `quotes` are the block's
 * quotations in order; `cursor` skips those that ended before an earlier
 * sentence, so a block's quotations are walked once.
 */
export function sentenceQuoting(
  text: string,
  sentence: Span,
  quotes: readonly Span[],
  cursor: QuoteCursor,
): SentenceQuoting {
  const overlapping: Span[] = [];
  let inside = 0;
  let startsQuoted = false;
  let endsWithLongQuote = false;
  while (cursor.next < quotes.length && (quotes[cursor.next] as Span).end <= sentence.start) cursor.next++;
  for (let k = cursor.next; k < quotes.length; k++) {
    const q = quotes[k] as Span;
    if (q.start >= sentence.end) break;
    overlapping.push(q);
    const s = Math.max(q.start, sentence.start);
    const e = Math.min(q.end, sentence.end);
    inside += e - s;
    if (q.start <= sentence.start) startsQuoted = true;
    // Closing mark at (or, before final punctuation, near) the sentence end.
    if (q.end >= sentence.end - 2 && hasWords(text, s, e, MIN_QUOTED_WORDS)) endsWithLongQuote = true;
  }
  const length = Math.max(1, sentence.end - sentence.start);
  return { startsQuoted, share: inside / length, endsWithLongQuote, overlapping };
}
