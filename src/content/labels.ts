/**
 * Every word the content script shows a reader, in one place: each one is a
 * `content_*` message in `_locales/<lang>/messages.json`, read through i18n.ts,
 * so a translation is one file. Kept apart from the DOM code so labels can be
 * tested and reviewed alone.
 */
import type { Category, Source, SourceKind } from '../analysis/types.ts';
import { lookupMessage, message } from './i18n.ts';

/** Message key of a category's name ("Anonymous source"). */
export const categoryTitleKey = (c: Category): string => `content_category_${c.replace('-', '_')}`;

/** Message key of why a claim of a category is flagged. */
export const categoryWhyKey = (c: Category): string => `content_why_${c.replace('-', '_')}`;

/** Message key of a category's badge mark. */
export const categoryMarkKey = (c: Category): string => `content_mark_${c.replace('-', '_')}`;

/** Message key of a source kind in plain words ("named person"). */
export const kindKey = (k: SourceKind): string => `content_kind_${k}`;

/** The category in plain words (popover title, badge label prefix). */
export function categoryTitle(category: Category): string {
  return message(categoryTitleKey(category));
}

/** Why a claim of this category is flagged, in one sentence a reader understands. */
export function categoryWhy(category: Category): string {
  return message(categoryWhyKey(category));
}

/** The short visible mark inside a badge; the shape differs per category too (see badge styles). */
export function categoryMark(category: Category): string {
  return message(categoryMarkKey(category));
}

/** A source's kind in plain words; a kind we have no words for is shown as it is. */
export function kindWords(kind: SourceKind): string {
  return lookupMessage(kindKey(kind)) ?? kind;
}

/**
 * "1 claim" / "11 claims". Chrome's i18n has no plural rules: two keys cover
 * English and leave translators room (as the popup does).
 */
export function claimsWord(n: number): string {
  return n === 1 ? message('content_claims_one') : message('content_claims_other', [String(n)]);
}

/**
 * The accessible name of a badge, e.g. "Anonymous source: General SVR channel, 11 claims".
 * For vague claims (no source) the count is of the article's vague claims.
 */
export function badgeLabel(category: Category, source: Source | null, vagueCount: number): string {
  const title = categoryTitle(category);
  if (source) return message('content_badge_label_source', [title, source.name, claimsWord(source.claims)]);
  return message('content_badge_label_vague', [title, claimsWord(vagueCount)]);
}

/** A share (0..1) as a whole percentage. */
export function percent(share: number): string {
  return `${Math.round(Math.max(0, Math.min(1, share)) * 100)}%`;
}
