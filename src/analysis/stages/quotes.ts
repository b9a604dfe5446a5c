import { runToEnd } from '../run-to-end.ts';
import { isAlnum, isLetter, isSpace } from '../text/chars.ts';
import type { Span } from '../types.ts';

/** Quotation marks come in two families; an article uses one as its main style. */
type Family = 'double' | 'single';

interface Mark {
  pos: number;
  family: Family;
  open: boolean;
}

/** Where quotations lie in one block. */
export interface BlockQuotes {
  /** Top-level quotations (the article's main style, plus closed ones of the other style). */
  spans: Span[];
  /** Quotations nested inside a top-level one: sentences never end inside them. */
  nested: Span[];
  /** True when a quotation is opened and not closed: news style carries it into the next block. */
  openAtEnd: boolean;
}

const OPENERS_BEFORE = new Set([0x28, 0x5b, 0x7b, 0x2014, 0x2013, 0x2d, 0x2f, 0x201c, 0x2018, 0x3a]);

function isOpeningContext(text: string, pos: number, blockStart: number): boolean {
  if (pos <= blockStart) return true;
  const prev = text.charCodeAt(pos - 1);
  return isSpace(prev) || OPENERS_BEFORE.has(prev);
}

/**
 * Classifies one character as a quotation mark, or returns null for anything
 * else (including apostrophes inside words: "can’t", "Turkey’s").
 */
function classify(text: string, pos: number, blockStart: number, blockEnd: number): Mark | null {
  const c = text.charCodeAt(pos);
  switch (c) {
    case 0x201c: // “
    case 0x201e: // „
    case 0xab: // «
      return { pos, family: 'double', open: true };
    case 0x201d: // ”
    case 0xbb: // »
      return { pos, family: 'double', open: false };
    case 0x22: // "
      return { pos, family: 'double', open: isOpeningContext(text, pos, blockStart) };
    case 0x2018: // ‘
      return { pos, family: 'single', open: true };
    case 0x2019: // ’
    case 0x27: {
      // '
      const prev = pos > blockStart ? text.charCodeAt(pos - 1) : 32;
      const next = pos + 1 < blockEnd ? text.charCodeAt(pos + 1) : 32;
      if (isAlnum(prev) && isLetter(next)) return null; // apostrophe inside a word
      if (isOpeningContext(text, pos, blockStart)) {
        return isAlnum(next) && c === 0x27 ? { pos, family: 'single', open: true } : null;
      }
      return { pos, family: 'single', open: false };
    }
    default:
      return null;
  }
}

function isQuoteCode(c: number): boolean {
  return (
    c === 0x22 ||
    c === 0x27 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x201e ||
    c === 0xab ||
    c === 0xbb
  );
}

/** Quotation mark characters, found by the regular expression engine's native scan. */
const QUOTE_CHARS = /["'“”‘’„«»]/g;

/** Every quotation-mark position in the text, in one pass (never rescanned per block). */
function quotePositions(text: string): number[] {
  const out: number[] = [];
  QUOTE_CHARS.lastIndex = 0;
  for (let m = QUOTE_CHARS.exec(text); m; m = QUOTE_CHARS.exec(text)) out.push(m.index);
  return out;
}

function marksOf(text: string, block: Span, positions: readonly number[], cursor: { next: number }): Mark[] {
  const marks: Mark[] = [];
  while (cursor.next < positions.length && (positions[cursor.next] as number) < block.start) cursor.next++;
  for (; cursor.next < positions.length; cursor.next++) {
    const pos = positions[cursor.next] as number;
    if (pos >= block.end) break;
    const mark = classify(text, pos, block.start, block.end);
    if (mark) marks.push(mark);
  }
  return marks;
}

/** Picks the article's main quotation style: the family that opens more quotations. */
function primaryFamily(allMarks: readonly Mark[][]): Family {
  let double = 0;
  let single = 0;
  for (const marks of allMarks) {
    for (const m of marks) {
      if (!m.open) continue;
      if (m.family === 'double') double++;
      else single++;
    }
  }
  return double >= single ? 'double' : 'single';
}

function spansOf(marks: readonly Mark[], family: Family, blockEnd: number): { spans: Span[]; open: boolean } {
  const spans: Span[] = [];
  let openAt = -1;
  for (const m of marks) {
    if (m.family !== family) continue;
    if (m.open) {
      if (openAt < 0) openAt = m.pos;
    } else if (openAt >= 0) {
      spans.push({ start: openAt, end: m.pos + 1 });
      openAt = -1;
    }
  }
  if (openAt >= 0) spans.push({ start: openAt, end: blockEnd });
  return { spans, open: openAt >= 0 };
}

/**
 * Finds the quotations of every block. Linear in the text: each character is
 * looked at once, each mark a constant number of times.
 */
export function findQuotes(text: string, blocks: readonly Span[]): BlockQuotes[] {
  return runToEnd(findQuotesSteps(text, blocks, Number.POSITIVE_INFINITY));
}

/**
 * {@link findQuotes} in slices: pauses after about `sliceChars` characters of
 * blocks, in each of its two passes (marks, then quotations).
 */
export function* findQuotesSteps(
  text: string,
  blocks: readonly Span[],
  sliceChars: number,
): Generator<void, BlockQuotes[], void> {
  const positions = quotePositions(text);
  const cursor = { next: 0 };
  const allMarks: Mark[][] = [];
  let budget = sliceChars;
  for (const b of blocks) {
    allMarks.push(marksOf(text, b, positions, cursor));
    budget -= b.end - b.start;
    if (budget <= 0) {
      budget = sliceChars;
      yield;
    }
  }
  const primary = primaryFamily(allMarks);
  const other: Family = primary === 'double' ? 'single' : 'double';
  const out: BlockQuotes[] = [];
  budget = sliceChars;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Span;
    out.push(blockQuotes(text, block, allMarks[i] ?? [], primary, other));
    budget -= block.end - block.start;
    if (budget <= 0) {
      budget = sliceChars;
      yield;
    }
  }
  return out;
}

function blockQuotes(
  text: string,
  block: Span,
  marks: readonly Mark[],
  primary: Family,
  other: Family,
): BlockQuotes {
  const main = spansOf(marks, primary, block.end);
  const secondary = spansOf(marks, other, block.end).spans;
  const nested: Span[] = [];
  const spans = main.spans.slice();
  // Both lists are in order: one walk decides which secondary quotations lie inside a main one.
  let m = 0;
  for (const s of secondary) {
    while (m < main.spans.length && (main.spans[m] as Span).end <= s.start) m++;
    const host = main.spans[m];
    if (host && host.start <= s.start) nested.push(s);
    // A closed quotation in the other style outside the main ones is a quotation too.
    else if (s.end < block.end || !main.open) {
      if (s.end !== block.end || isQuoteCode(text.charCodeAt(s.end - 1))) spans.push(s);
    }
  }
  spans.sort((a, b) => a.start - b.start);
  return { spans, nested, openAtEnd: main.open };
}
