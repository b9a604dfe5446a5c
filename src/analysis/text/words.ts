import { isAlnum, isHighSurrogate, isLowSurrogate, isSpace } from './chars.ts';

/** A word or a single punctuation mark, with its offsets in the text. */
export interface Token {
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Lower-case form, with a trailing possessive ("Russia’s" → "russia") removed. */
  lower: string;
  /** True for a word (letters or digits), false for punctuation. */
  word: boolean;
  /** True when the word starts with a capital letter. */
  capital: boolean;
  /** True when the word ends in a possessive "’s" / "'s". */
  possessive: boolean;
}

const APOSTROPHES = new Set([0x27, 0x2019]);

/**
 * Splits `text[start, end)` into words and punctuation marks. Words hold
 * letters and digits joined by apostrophes, hyphens or inner full stops
 * ("can’t", "69-year-old", "U.S"). Linear in the length of the range.
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (!isAlnum(c)) {
      // A surrogate pair (an emoji, a rare CJK character) is one mark: offsets never split a code point.
      const width = isHighSurrogate(c) && i + 1 < end && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
      const t = text.slice(i, i + width);
      tokens.push({
        start: i,
        end: i + width,
        text: t,
        lower: t,
        word: false,
        capital: false,
        possessive: false,
      });
      i += width;
      continue;
    }
    let j = i + 1;
    while (j < end) {
      const d = text.charCodeAt(j);
      if (isAlnum(d)) {
        j++;
        continue;
      }
      // Joiners count only between two word characters.
      if (
        (APOSTROPHES.has(d) || d === 0x2d || d === 0x2e) &&
        j + 1 < end &&
        isAlnum(text.charCodeAt(j + 1))
      ) {
        j += 2;
        continue;
      }
      break;
    }
    const raw = text.slice(i, j);
    let lower = raw.toLowerCase();
    let possessive = false;
    if (lower.length > 2 && (lower.endsWith('’s') || lower.endsWith("'s"))) {
      lower = lower.slice(0, -2);
      possessive = true;
    }
    const first = raw.charCodeAt(0);
    tokens.push({
      start: i,
      end: j,
      text: raw,
      lower,
      word: true,
      capital: first >= 65 && first <= 90 ? true : raw[0] !== raw[0]?.toLowerCase(),
      possessive,
    });
    i = j;
  }
  return tokens;
}

/** Builds a lookup set from a word list. */
export function wordSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words);
}

/** The lowercase Latin-script words of `s` ("Dr Rod Thornton's" → dr, rod, thornton, s). */
export function wordsOf(s: string): string[] {
  return s.toLowerCase().match(/[a-z\u00c0-\u024f]+/g) ?? [];
}
