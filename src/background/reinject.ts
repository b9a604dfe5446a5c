/**
 * Brings the content script to the tabs that were already open when the extension was
 * installed, reloaded or updated. Chrome runs declared content scripts only in pages loaded
 * afterwards, so without this an open article gets nothing (after an update: the old,
 * orphaned script tears itself down and nothing takes over) until the reader reloads it.
 */
import { loadSettings, type SettingsArea } from '../settings/index.ts';
import { ensureContent, type InjectApi } from './inject.ts';

/** The part of a `tabs.Tab` the reinjector reads. */
export interface ReinjectTab {
  id?: number;
  url?: string;
  discarded?: boolean;
}

/** The browser APIs the reinjector uses (`browser` from webextension-polyfill fits). */
export interface ReinjectApi extends InjectApi {
  tabs: InjectApi['tabs'] & { query(queryInfo: Record<string, never>): Promise<ReinjectTab[]> };
  runtime: InjectApi['runtime'] & { getBrowserInfo?: unknown };
  storage: { sync: SettingsArea };
}

/** Why {@link reinjectOpenTabs} tried no tab at all. */
export type ReinjectSkip = 'reason' | 'browser' | 'off' | 'click';

/** What {@link reinjectOpenTabs} did, tab ids by outcome (for tests and debugging). */
export interface ReinjectResult {
  skipped?: ReinjectSkip;
  /** Tabs that got the content script now. */
  injected: number[];
  /** Tabs whose content script was already live (a page loaded after the install). */
  live: number[];
  /** Tabs where the browser refused (web store, error pages, a tab closed meanwhile). */
  refused: number[];
}

/** At most this many tabs are injected at once: a reader with 300 tabs open must not stall the browser. */
export const REINJECT_CONCURRENCY = 4;

/**
 * Whether an `onInstalled` reason leaves open tabs without our content script: a first install
 * and an update (which is also what reloading an unpacked extension reports). A browser update
 * restarts the browser, whose tabs load afresh with the declared scripts, and a shared-module
 * update does not concern us (we import none).
 */
export function reasonNeedsReinject(reason: string): boolean {
  return reason === 'install' || reason === 'update';
}

/**
 * Injects the manifest's content script into every open http(s) tab that lacks a live one,
 * top frame only (as declared: no `all_frames`), at most {@link REINJECT_CONCURRENCY} at a time.
 * Does nothing when the reader switched the extension off or chose 'click' mode (nothing may
 * run before they click), and in Firefox, which injects declared scripts into open tabs itself
 * (a second copy would only race the first). Per-site off and non-article pages are left to the
 * content script, which stops cheaply on them. Discarded tabs are skipped: they load afresh,
 * with the declared scripts, when the reader returns. Never rejects.
 */
export async function reinjectOpenTabs(api: ReinjectApi, reason: string): Promise<ReinjectResult> {
  const result: ReinjectResult = { injected: [], live: [], refused: [] };
  try {
    if (!reasonNeedsReinject(reason)) return { ...result, skipped: 'reason' };
    // Only Firefox has getBrowserInfo; it already put the script into the open tabs.
    if (typeof api.runtime.getBrowserInfo === 'function') return { ...result, skipped: 'browser' };
    const settings = await loadSettings(api.storage.sync);
    if (!settings.enabled) return { ...result, skipped: 'off' };
    if (settings.mode === 'click') return { ...result, skipped: 'click' };
    const tabIds = (await api.tabs.query({})).filter(isScriptable).map((tab) => tab.id as number);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < tabIds.length) {
        const tabId = tabIds[next++] as number;
        // ensureContent asks first, so a page loaded since the install (already running the
        // declared script) is not given a second copy; it resolves { ok: false } where refused.
        const { ok, injected } = await ensureContent(api, tabId).catch(() => ({
          ok: false,
          injected: false,
        }));
        (injected ? result.injected : ok ? result.live : result.refused).push(tabId);
      }
    };
    await Promise.all(Array.from({ length: Math.min(REINJECT_CONCURRENCY, tabIds.length) }, worker));
  } catch {
    // Tabs could not be listed (or a fake misbehaved): nothing more to do; the reader's next
    // page load gets the declared script anyway.
  }
  return result;
}

/** An open, loaded http(s) tab we may be allowed to script. Without host access `url` is absent. */
function isScriptable(tab: ReinjectTab): boolean {
  if (typeof tab.id !== 'number' || tab.discarded === true) return false;
  return typeof tab.url === 'string' && /^https?:\/\//i.test(tab.url);
}
