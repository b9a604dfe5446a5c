import { applyPatch, diffFromDefaults } from './diff.ts';
import { repairSettings } from './repair.ts';
import { SETTINGS_KEYS, SETTINGS_VERSION, type Settings, type SettingsPatch } from './schema.ts';

/** A storage change as `storage.StorageArea.onChanged` reports it. */
export interface SettingsChange {
  oldValue?: unknown;
  newValue?: unknown;
}

/**
 * The part of a `storage.StorageArea` the settings use. Pass `browser.storage.sync`
 * (webextension-polyfill) in the extension, or a fake in tests. Kept structural so this
 * module never imports the polyfill, which refuses to load outside an extension.
 */
export interface SettingsArea {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  onChanged: {
    addListener(callback: (changes: Record<string, SettingsChange>) => void): void;
    removeListener(callback: (changes: Record<string, SettingsChange>) => void): void;
  };
}

const STORED_KEYS: string[] = ['version', ...SETTINGS_KEYS];

/**
 * Reads the settings, repaired key by key. Never throws: if storage itself fails
 * (extension context gone, corrupt profile), the defaults are returned.
 */
export async function loadSettings(area: SettingsArea): Promise<Settings> {
  try {
    return repairSettings(await area.get(STORED_KEYS));
  } catch {
    return repairSettings(undefined);
  }
}

// Saves from one context run one after another, so two quick toggles never overwrite each other.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Applies `patch` to the stored settings and writes back only what differs from the defaults
 * (keys back at their default are removed). Resolves with the new settings. Rejects with a
 * TypeError for an invalid patch, or with the storage error (e.g. quota) if the write fails.
 */
export function saveSettings(area: SettingsArea, patch: SettingsPatch): Promise<Settings> {
  const run = queue.then(async () => {
    const current = await loadSettings(area);
    const next = applyPatch(current, patch);
    const stored: Record<string, unknown> = { ...diffFromDefaults(next) };
    const stale = SETTINGS_KEYS.filter((key) => !(key in stored));
    if (Object.keys(stored).length > 0) await area.set({ version: SETTINGS_VERSION, ...stored });
    if (stale.length > 0) await area.remove(Object.keys(stored).length > 0 ? stale : [...stale, 'version']);
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Calls `callback` with the repaired settings whenever any stored setting changes (in this
 * context or another: popup, options page, another device via sync), until `signal` aborts.
 * Calls arrive in the order of the changes.
 */
export function watchSettings(
  area: SettingsArea,
  callback: (settings: Settings) => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  let chain: Promise<void> = Promise.resolve();
  const listener = (changes: Record<string, SettingsChange>): void => {
    if (!STORED_KEYS.some((key) => key in changes)) return;
    chain = chain.then(async () => {
      const settings = await loadSettings(area);
      if (!signal.aborted) callback(settings);
    });
  };
  area.onChanged.addListener(listener);
  signal.addEventListener('abort', () => area.onChanged.removeListener(listener), { once: true });
}
