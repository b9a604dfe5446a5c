/**
 * Every word the content script shows a reader, in one place. Plain English;
 * kept apart from the DOM code so labels can be tested and reviewed alone.
 */
import type { Category, Source, SourceKind } from '../analysis/types.ts';

/** The category in plain words (popover title, badge label prefix). */
export const CATEGORY_TITLE: Readonly<Record<Category, string>> = {
  anonymous: 'Anonymous source',
  'single-expert': 'Single expert',
  vague: 'Vague attribution',
  'on-record': 'On the record',
};

/** Why a claim of this category is flagged, in one sentence a reader understands. */
export const CATEGORY_WHY: Readonly<Record<Category, string>> = {
  anonymous: 'This claim rests on someone the article does not name, so you cannot check who said it.',
  'single-expert':
    'This claim rests on one expert, the only expert voice the article gives (or the one carrying most of it).',
  vague: 'This claim rests on nobody in particular: hearsay such as “it is thought” or “experts say”.',
  'on-record': 'This claim is attributed to a named, accountable source.',
};

/** The short visible mark inside a badge; the shape differs per category too (see badge styles). */
export const CATEGORY_MARK: Readonly<Record<Category, string>> = {
  anonymous: '?',
  'single-expert': '1',
  vague: '~',
  'on-record': '✓',
};

/** A source's kind in plain words. */
export const KIND_WORDS: Readonly<Record<SourceKind, string>> = {
  anonymous: 'unnamed source',
  expert: 'expert',
  official: 'official',
  person: 'named person',
  media: 'news outlet or journalist',
  document: 'document or data',
};

/** "1 claim" / "11 claims". */
export function claimsWord(n: number): string {
  return `${n} ${n === 1 ? 'claim' : 'claims'}`;
}

/**
 * The accessible name of a badge, e.g. "Anonymous source: General SVR channel, 11 claims".
 * For vague claims (no source) the count is of the article's vague claims.
 */
export function badgeLabel(category: Category, source: Source | null, vagueCount: number): string {
  const title = CATEGORY_TITLE[category];
  if (source) return `${title}: ${source.name}, ${claimsWord(source.claims)}`;
  return `${title}: no particular source, ${claimsWord(vagueCount)} like this in the article`;
}

/** A share (0..1) as a whole percentage. */
export function percent(share: number): string {
  return `${Math.round(Math.max(0, Math.min(1, share)) * 100)}%`;
}
