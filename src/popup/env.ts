/**
 * Everything the popup needs from the outside world, as one interface. The
 * real one wraps the browser APIs and the shared `messaging` and `settings`
 * modules (see `browser-env.ts`); tests build it over a fake `browser`.
 * Components never touch `browser` directly.
 */
import type { TabState } from '../messaging/index.ts';
import type { Settings, SettingsPatch } from '../settings/index.ts';
import type { Translate } from './i18n.ts';

/** The tab the popup reports on. */
export interface TabInfo {
  id: number;
  /** Absent when the browser does not tell the extension (no permission for the tab). */
  url?: string;
  title?: string;
}

/**
 * The tab's state as the background keeps it (messaging's `TabState`: a ready state
 * always carries its report), or `none` when nothing is known of the tab.
 */
export type TabSnapshot = TabState | { status: 'none'; page?: undefined };

/** What the page's content script says about its analysis; `none` when nothing is known of the tab. */
export type TabStatus = TabSnapshot['status'];

/** Reads, changes and watches the reader's settings (the shared `settings` module over `storage.sync`). */
export interface SettingsPort {
  load(): Promise<Settings>;
  /** Persists a change; only the given keys are touched. Resolves with the new settings. */
  update(patch: SettingsPatch): Promise<Settings>;
  /** Calls `listener` with the new settings after every change, wherever it came from. */
  watch(listener: (settings: Settings) => void): () => void;
}

/** The popup's window on the browser. */
export interface PopupEnv {
  t: Translate;
  /** Which browser the popup runs in, where advice differs (file URLs). */
  family: 'chrome' | 'firefox';
  /** The tab from `?tabId=` when given, else the active tab of the current window. */
  getTab(): Promise<TabInfo | null>;
  /** Asks the background for the tab's status and latest report. */
  getTabState(tabId: number): Promise<TabSnapshot>;
  /** Asks the page to scroll to a claim and flash it. */
  scrollToClaim(tabId: number, claimIndex: number): Promise<void>;
  /** Asks the page to analyse again. */
  reanalyze(tabId: number): Promise<void>;
  /** Injects the content script into the tab (click mode, or a page opened before install). */
  inject(tabId: number): Promise<void>;
  /** Whether the reader allowed the extension on file URLs. */
  fileAccessAllowed(): Promise<boolean>;
  settings: SettingsPort;
  copyText(text: string): Promise<void>;
  download(fileName: string, text: string, mimeType: string): void;
  openOptions(): void;
}
