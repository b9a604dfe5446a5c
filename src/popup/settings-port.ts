import { loadSettings, type SettingsArea, saveSettings, watchSettings } from '../settings/index.ts';
import type { SettingsPort } from './env.ts';

/** The popup's and options page's view of the reader's settings, over one storage area. */
export function createSettingsPort(area: SettingsArea): SettingsPort {
  return {
    load: () => loadSettings(area),
    update: (patch) => saveSettings(area, patch),
    watch(listener) {
      const stop = new AbortController();
      watchSettings(area, listener, stop.signal);
      return () => stop.abort();
    },
  };
}
