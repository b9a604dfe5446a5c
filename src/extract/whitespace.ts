/** CSS collapsible white space (not NBSP: a no-break space is content a reader sees). */
export const COLLAPSIBLE_WS = /[ \t\n\r\f]+/g;

/** Collapse CSS white space runs to one space and trim: how a reader sees a run of text. */
export function collapseWhitespace(text: string): string {
  return text.replace(COLLAPSIBLE_WS, ' ').trim();
}

/** A loose key for comparing headlines and titles: case, punctuation and quote style ignored. */
export function looseKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
