/**
 * The few extension APIs the content script uses, typed structurally and taken
 * from `browser` (Firefox) or `chrome` (Chrome MV3, whose APIs return promises).
 * The content script does without webextension-polyfill to stay small (its
 * bundle budget is 30 KB gzip); message listeners use `sendResponse` + `return
 * true`, which both browsers support.
 */
import type { SettingsArea } from '../settings/index.ts';

/** A `runtime.onMessage` listener in its callback form. */
export type MessageListener = (
  message: unknown,
  sender: { id?: string; url?: string; frameId?: number; tab?: { id?: number } },
  sendResponse: (response: unknown) => void,
) => boolean | undefined;

/** What we use of `runtime` and `storage`. */
export interface ExtensionApi {
  runtime: {
    readonly id: string | undefined;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(l: MessageListener): void; removeListener(l: MessageListener): void };
  };
  storage: { sync: SettingsArea };
}

/** The extension API of this content script, or null outside an extension. */
export function extensionApi(): ExtensionApi | null {
  const g = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = g.browser?.runtime?.id ? g.browser : g.chrome?.runtime?.id ? g.chrome : null;
  return api ?? null;
}

/**
 * True while our extension context is alive. After the extension is reloaded,
 * updated or removed, an orphaned content script's `runtime.id` becomes
 * undefined (Chrome) or touching the API throws (Firefox): both read as gone.
 */
export function isContextAlive(api: ExtensionApi): boolean {
  try {
    return typeof api.runtime?.id === 'string' && api.runtime.id.length > 0;
  } catch {
    return false;
  }
}
