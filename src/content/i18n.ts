/**
 * The content script's strings come from `_locales/<lang>/messages.json`
 * through `i18n.getMessage`, so a translation is one file. Keys the content
 * script uses start with `content_`. Like ext-api.ts, this takes the API from
 * `browser` (Firefox) or `chrome` (Chrome) without webextension-polyfill;
 * `getMessage` is synchronous in both and available to content scripts.
 */

/** The subset of `i18n` the content script needs. */
export interface ContentI18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
}

/** Set by {@link setContentI18n}; wins over the extension's own API. */
let override: ContentI18nApi | null = null;

/**
 * Supplies the message source (tests pass a fake that reads messages.json);
 * `null` goes back to the extension's API.
 */
export function setContentI18n(api: ContentI18nApi | null): void {
  override = api;
  memo.clear();
}

/**
 * Messages already looked up, by key and substitutions. Each `getMessage` call
 * crosses into the browser's bindings (about 0.1 ms cold), and a page's badges ask
 * for the same few labels again and again (one per source, one per category).
 */
const memo = new Map<string, string | null>();

/** Past this many entries the memo starts afresh (a page with thousands of sources). */
const MEMO_LIMIT = 2000;

/** The message source: the override, else `browser.i18n`, else `chrome.i18n`, else null. */
function i18nApi(): ContentI18nApi | null {
  if (override) return override;
  const g = globalThis as { browser?: { i18n?: ContentI18nApi }; chrome?: { i18n?: ContentI18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n ?? null;
}

/**
 * The message `key` with `$1`, `$2`… filled from `substitutions`, or null when
 * there is none: no such key, no i18n API (outside an extension), or an
 * orphaned script whose context is gone (the call then throws).
 */
export function lookupMessage(key: string, substitutions?: readonly string[]): string | null {
  const memoKey = substitutions ? `${key}\u0000${substitutions.join('\u0001')}` : key;
  const known = memo.get(memoKey);
  if (known !== undefined) return known;
  let found: string | null;
  try {
    const api = i18nApi();
    const text = api ? api.getMessage(key, substitutions ? [...substitutions] : undefined) : '';
    found = typeof text === 'string' && text !== '' ? text : null;
  } catch {
    // An orphaned script: nothing to remember.
    return null;
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(memoKey, found);
  return found;
}

/**
 * The message `key`, or the key itself when missing, so a gap shows in the page
 * and in tests instead of vanishing (the popup does the same).
 */
export function message(key: string, substitutions?: readonly string[]): string {
  return lookupMessage(key, substitutions) ?? key;
}
