/**
 * The real {@link PopupEnv}: the browser's tabs, runtime, storage and i18n APIs
 * behind the shared `messaging` (typed, checked requests) and `settings`
 * modules. Takes the APIs as a structural argument so tests can pass a fake,
 * and so this file never imports the polyfill (which refuses to load outside
 * an extension).
 */
import { requestBackground, requestContent } from '../messaging/index.ts';
import type { SettingsArea } from '../settings/index.ts';
import type { PopupEnv, TabInfo } from './env.ts';
import { createTranslate, type I18nApi } from './i18n.ts';
import { createSettingsPort } from './settings-port.ts';

/** A tab as the browser describes it. */
export interface BrowserTab {
  id?: number;
  url?: string;
  title?: string;
}

/** The part of the WebExtension API the popup uses. */
export interface PopupBrowser {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    openOptionsPage(): Promise<void>;
    getURL(path: string): string;
  };
  tabs: {
    query(query: { active: boolean; currentWindow: boolean }): Promise<BrowserTab[]>;
    get(tabId: number): Promise<BrowserTab>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  storage: { sync: SettingsArea };
  i18n: I18nApi;
  extension?: { isAllowedFileSchemeAccess?(): Promise<boolean> };
}

/** The page-side pieces the popup uses besides the extension API. */
export interface PopupHost {
  /** The popup's own `location.search`; `?tabId=N` names the tab (tests open the popup as a tab). */
  search: string;
  document: Document;
  clipboard?: { writeText(text: string): Promise<void> };
}

/** The tab id in `?tabId=`, or null when absent or not a whole number. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

function toTabInfo(tab: BrowserTab | undefined): TabInfo | null {
  if (!tab || typeof tab.id !== 'number') return null;
  const info: TabInfo = { id: tab.id };
  if (tab.url) info.url = tab.url;
  if (tab.title) info.title = tab.title;
  return info;
}

/** Builds the popup's environment over the browser API. */
export function createBrowserEnv(browser: PopupBrowser, host: PopupHost): PopupEnv {
  const toBackground = (m: unknown) => browser.runtime.sendMessage(m);
  const toTab = (tabId: number) => (m: unknown) => browser.tabs.sendMessage(tabId, m);

  return {
    t: createTranslate(browser.i18n),
    family: browser.runtime.getURL('').startsWith('moz-extension:') ? 'firefox' : 'chrome',

    async getTab() {
      const fromQuery = tabIdFromSearch(host.search);
      if (fromQuery !== null) {
        try {
          return toTabInfo(await browser.tabs.get(fromQuery));
        } catch {
          return null;
        }
      }
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      return toTabInfo(active);
    },

    async getTabState(tabId) {
      const stored = await requestBackground(toBackground, { type: 'get-tab-state', tabId });
      return stored ?? { status: 'none' };
    },

    async scrollToClaim(tabId, claimIndex) {
      const { ok } = await requestContent(toTab(tabId), { type: 'scroll-to-claim', claimIndex });
      if (!ok) throw new Error('The page could not find that claim');
    },

    async reanalyze(tabId) {
      const { ok } = await requestContent(toTab(tabId), { type: 'reanalyze' });
      if (!ok) throw new Error('The page did not start a new analysis');
    },

    async inject(tabId) {
      const { ok } = await requestBackground(toBackground, { type: 'ensure-content', tabId });
      if (!ok) throw new Error('The extension cannot run on this page');
    },

    async fileAccessAllowed() {
      try {
        return (await browser.extension?.isAllowedFileSchemeAccess?.()) ?? false;
      } catch {
        return false;
      }
    },

    settings: createSettingsPort(browser.storage.sync),

    async copyText(text) {
      if (!host.clipboard) throw new Error('No clipboard');
      await host.clipboard.writeText(text);
    },

    download(fileName, text, mimeType) {
      const doc = host.document;
      const view = doc.defaultView;
      if (!view) throw new Error('No window to download from');
      const url = view.URL.createObjectURL(new view.Blob([text], { type: mimeType }));
      const link = doc.createElement('a');
      link.href = url;
      link.download = fileName;
      link.hidden = true;
      doc.body.append(link);
      link.click();
      link.remove();
      // The download has started from the object URL by now; free it once the click has been handled.
      view.setTimeout(() => view.URL.revokeObjectURL(url), 10_000);
    },

    openOptions() {
      void browser.runtime.openOptionsPage();
    },
  };
}
