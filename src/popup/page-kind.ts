/**
 * Which pages the extension may not run on, and why. Browsers refuse content
 * scripts on their own pages and on extension stores; file URLs need a
 * permission the reader grants by hand. The popup says which case it is and
 * what the reader can do.
 */
import { siteKey } from '../settings/index.ts';

/** Why a tab cannot be analysed, or `null` when it can. */
export type RestrictedReason = 'browser-page' | 'store' | 'file' | 'unsupported';

/** Hosts (and path prefixes) of extension stores, where no extension may run. */
const STORES: readonly { host: string; path: string }[] = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org', path: '/' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

const BROWSER_SCHEMES = new Set([
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'about:',
  'moz-extension:',
  'resource:',
  'view-source:',
]);

/**
 * Classifies a tab's URL. `fileAccess` says whether the reader allowed the
 * extension on file URLs. An unknown URL (the browser did not tell us) is not
 * judged here: the caller asks the page instead.
 */
export function restrictedReason(url: string | undefined, fileAccess: boolean): RestrictedReason | null {
  if (url === undefined || url === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unsupported';
  }
  if (BROWSER_SCHEMES.has(parsed.protocol)) return 'browser-page';
  if (parsed.protocol === 'file:') return fileAccess ? null : 'file';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'unsupported';
  const host = parsed.hostname.toLowerCase();
  if (STORES.some((s) => s.host === host && parsed.pathname.startsWith(s.path))) return 'store';
  return null;
}

/** The hostname of a web page's URL, or null for anything but http(s). */
export function hostnameOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { hostname, protocol } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname || null;
  } catch {
    return null;
  }
}

/**
 * The site as the settings store it and a reader recognises it
 * ("dailymail.co.uk" for https://www.dailymail.co.uk/x), or null.
 */
export function siteOf(url: string | undefined): string | null {
  return siteKey(hostnameOf(url));
}
