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

/**
 * The settings storage area, made safe for an orphaned script: once the context is
 * gone every call into the API throws ("Extension context invalidated"), and the
 * settings watcher removes its listener on abort, from inside an abort event
 * listener, where a throw would surface as an uncaught page error.
 */
export function safeSettingsArea(area: SettingsArea): SettingsArea {
  return {
    get: (keys) => area.get(keys),
    set: (items) => area.set(items),
    remove: (keys) => area.remove(keys),
    onChanged: {
      addListener: (callback) => area.onChanged.addListener(callback),
      removeListener: (callback) => {
        try {
          area.onChanged.removeListener(callback);
        } catch {
          // The context is gone, and the listener with it.
        }
      },
    },
  };
}
