import { AMBIGUOUS_ABBREVIATIONS, NON_TERMINAL_ABBREVIATIONS } from '../lexicon/abbreviations.ts';
import { SENTENCE_STARTERS } from '../lexicon/function-words.ts';
import { isAlnum, isDigit, isLetter, isLower, isSpace, isUpper, trimSpan } from '../text/chars.ts';
import { wordSet } from '../text/words.ts';
import type { Span } from '../types.ts';
import type { BlockQuotes } from './quotes.ts';

const NON_TERMINAL = wordSet(NON_TERMINAL_ABBREVIATIONS);
const AMBIGUOUS = wordSet(AMBIGUOUS_ABBREVIATIONS);
const STARTERS = wordSet(SENTENCE_STARTERS);

const TERMINALS = new Set([0x2e, 0x3f, 0x21, 0x2026]); // . ? ! …
const CLOSERS = new Set([0x22, 0x27, 0x201d, 0x2019, 0x29, 0x5d, 0xbb]);

/** The word that ends right before `pos` (letters and inner dots: "U.S", "Dr", "e.g"). */
function wordBefore(text: string, pos: number, blockStart: number): string {
  let i = pos;
  const floor = Math.max(blockStart, pos - MAX_ABBREVIATION);
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (isLetter(c) || (c === 0x2e && i - 2 >= blockStart && isLetter(text.charCodeAt(i - 2)))) i--;
    else break;
  }
  return text.slice(i, pos);
}

/** The word that starts at `pos`. */
function wordAt(text: string, pos: number, end: number): string {
  let i = pos;
  while (i < end && isAlnum(text.charCodeAt(i))) i++;
  return text.slice(pos, i).toLowerCase();
}

/** Longest word looked at before a full stop: abbreviations are short, and this keeps the scan linear. */
const MAX_ABBREVIATION = 12;

/** Does a full stop after this word end the sentence, given what follows? */
function periodEnds(text: string, dot: number, next: number, block: Span): boolean {
  const word = wordBefore(text, dot, block.start);
  if (word.length === 0) return true;
  const lower = word.toLowerCase();
  // An initial ("Donald J. Trump").
  if (word.length === 1 && isUpper(word.charCodeAt(0))) return false;
  if (NON_TERMINAL.has(lower)) return false;
  if (AMBIGUOUS.has(lower) || lower.includes('.')) {
    return STARTERS.has(wordAt(text, next, block.end));
  }
  return true;
}

/**
 * Splits one block into sentences. A rule-based splitter rather than
 * `Intl.Segmenter`: V8's segmenter is quadratic in the length of a paragraph
 * (measured: 1.4 s for one 230 kB paragraph) and slower on short ones. The
 * rules follow Unicode's sentence-boundary rules for English news text and add
 * what they get wrong: titles and abbreviations (Dr, Mr, Prof., Gen., St.,
 * U.S.), initials, "?" or "!" inside a quotation followed by a lower-case
 * continuation, and stops inside a quotation nested in another.
 */
export function splitSentences(text: string, block: Span, quotes: BlockQuotes): Span[] {
  const out: Span[] = [];
  let sentenceStart = block.start;
  let nestedAt = 0;
  let i = block.start;
  while (i < block.end) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      const s = trimSpan(text, sentenceStart, i);
      if (s) out.push(s);
      sentenceStart = i + 1;
      i++;
      continue;
    }
    // Only a stop, a question or exclamation mark, an ellipsis or a line break can end a sentence.
    if (c !== 0x2e && c !== 0x3f && c !== 0x21 && c !== 0x2026) {
      i++;
      continue;
    }
    const first = i;
    let j = i + 1;
    while (j < block.end && TERMINALS.has(text.charCodeAt(j))) j++;
    while (j < block.end && CLOSERS.has(text.charCodeAt(j))) j++;
    i = j;
    if (j >= block.end || !isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < block.end && isSpace(text.charCodeAt(k))) k++;
    if (k >= block.end) break;
    const next = text.charCodeAt(k);
    if (isLower(next)) continue;
    // A spaced ellipsis (" ... ", " … ") is a pause inside a sentence, as tabloids use it, not its end.
    const ellipsis = c === 0x2026 || (c === 0x2e && j - first >= 3);
    if (ellipsis && first > block.start && isSpace(text.charCodeAt(first - 1))) continue;
    // Positions only grow, so one cursor walks the nested quotations.
    while (nestedAt < quotes.nested.length && (quotes.nested[nestedAt] as Span).end <= first) nestedAt++;
    const nest = quotes.nested[nestedAt];
    if (nest && nest.start < first) continue;
    const single = j === first + 1 || CLOSERS.has(text.charCodeAt(first + 1));
    if (c === 0x2e && single && !periodEnds(text, first, k, block)) continue;
    if (isDigit(next) && c === 0x2e && isDigit(text.charCodeAt(first - 1))) continue;
    const s = trimSpan(text, sentenceStart, j);
    if (s) out.push(s);
    sentenceStart = k;
    i = k;
  }
  const last = trimSpan(text, sentenceStart, block.end);
  if (last) out.push(last);
  return out;
}
