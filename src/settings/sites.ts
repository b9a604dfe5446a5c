import { MAX_HOSTNAME_LENGTH, type Settings, type SettingsPatch } from './schema.ts';

// Letters, digits, dots and hyphens (punycode for IDNs, as URL.hostname gives them),
// or a bracketed IPv6 literal.
const HOSTNAME = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/;

/**
 * The key a site is stored under: the lower-cased hostname without a trailing dot
 * or a leading `www.`, so `www.dailymail.co.uk` and `dailymail.co.uk` are one site.
 * Returns null for anything that is not a plausible hostname (never throws).
 */
export function siteKey(hostname: unknown): string | null {
  if (typeof hostname !== 'string') return null;
  let host = hostname.trim().toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.startsWith('www.')) host = host.slice(4);
  if (host.length === 0 || host.length > MAX_HOSTNAME_LENGTH || !HOSTNAME.test(host)) return null;
  return host;
}

/** True when the stored site key `site` covers `host`: the same site or a parent domain of it. */
function covers(site: string, host: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}

/** True when the reader switched `hostname` (or a parent domain) off, whatever the global switch says. */
export function isSiteSwitchedOff(settings: Settings, hostname: string): boolean {
  const host = siteKey(hostname);
  return host !== null && settings.disabledSites.some((site) => covers(site, host));
}

/** True when the extension should run on `hostname`: globally on and the site (or a parent domain) not switched off. */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return settings.enabled && !isSiteSwitchedOff(settings, hostname);
}

/** The patch that switches the extension on or off for `hostname` (for `saveSettings`). */
export function sitePatch(settings: Settings, hostname: string, enabled: boolean): SettingsPatch {
  const host = siteKey(hostname);
  if (host === null) throw new TypeError(`Not a hostname: ${JSON.stringify(String(hostname).slice(0, 100))}`);
  // Switching on also clears a parent-domain entry that covers this host, or the switch would not take.
  const rest = settings.disabledSites.filter((site) => (enabled ? !covers(site, host) : site !== host));
  return { disabledSites: enabled ? rest : [...rest, host] };
}
