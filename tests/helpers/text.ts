/** Text comparison for tests: what a page shows, white space aside. */

/** Collapses every run of white space to one space and trims the ends. */
export function normal(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
