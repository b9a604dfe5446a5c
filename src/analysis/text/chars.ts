/**
 * Character classes by code unit, for linear scans without Unicode-property
 * regular expressions (which are several times slower in V8).
 */

/** True for ASCII and Latin/Greek/Cyrillic letters. */
export function isLetter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x370 && code <= 0x52f)
  );
}

/** True for ASCII digits. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** True for letters and digits. */
export function isAlnum(code: number): boolean {
  return isDigit(code) || isLetter(code);
}

/** True for upper-case letters (ASCII, Latin-1, Latin Extended by parity, Greek, Cyrillic). */
export function isUpper(code: number): boolean {
  if (code >= 65 && code <= 90) return true;
  if (code >= 0xc0 && code <= 0xde && code !== 0xd7) return true;
  if (code >= 0x100 && code <= 0x17f) return code % 2 === 0;
  if (code >= 0x391 && code <= 0x3ab) return true;
  if (code >= 0x400 && code <= 0x42f) return true;
  return false;
}

/** True for lower-case letters. */
export function isLower(code: number): boolean {
  return isLetter(code) && !isUpper(code);
}

/** True for white space, including no-break and typographic spaces. */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** True for a high surrogate: an offset right after it would split a code point. */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** True for a low surrogate: the second half of a code point above U+FFFF. */
export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** `[start, end)` without white space at either end, or null when nothing else is left. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return e > s ? { start: s, end: e } : null;
}
