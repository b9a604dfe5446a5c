/**
 * User-facing strings come from `_locales/<lang>/messages.json` through
 * `i18n.getMessage`, so a translation is one file. Keys the popup uses start
 * with `popup_`, the options page's with `options_`.
 */
import type { Category, SourceKind } from '../analysis/types.ts';

/** Looks up a message; substitutions fill `$1`, `$2`… placeholders. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

/** The subset of `browser.i18n` the UI needs. */
export interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
}

/**
 * Wraps `getMessage`. A missing message comes back as its key rather than an
 * empty string, so a gap shows in the UI and in tests instead of vanishing.
 */
export function createTranslate(i18n: I18nApi): Translate {
  return (key, substitutions) => {
    const text = i18n.getMessage(key, substitutions);
    return text === '' ? key : text;
  };
}

/** Message key of a category's name ("Anonymous source"). */
export const categoryKey = (c: Category): string => `popup_category_${c.replace('-', '_')}`;

/** Message key of a source kind's name ("expert"). */
export const kindKey = (k: SourceKind): string => `popup_kind_${k}`;

/** Formats a share 0..1 as a whole percentage for the reader's locale. */
export function percent(share: number): string {
  const safe = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
  return `${Math.round(safe * 100)}%`;
}

/**
 * A count in words: `<base>_one` for 1, `<base>_other` otherwise. Chrome's
 * i18n has no plural rules; two keys cover English and leave translators room.
 * The count is always the first substitution.
 */
export function plural(t: Translate, base: string, count: number, rest: readonly string[] = []): string {
  return count === 1 ? t(`${base}_one`, [...rest]) : t(`${base}_other`, [String(count), ...rest]);
}
