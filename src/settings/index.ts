/**
 * The reader's settings: schema and defaults, validation with per-key repair, storage in
 * `storage.sync` (only what the reader changed), and a change watcher. Shared by the
 * content script, the popup, the options page and the background.
 */
export { applyPatch, diffFromDefaults, type StoredSettings } from './diff.ts';
export { fitsBudget, MIGRATIONS, migrate, repairSettings } from './repair.ts';
export {
  DEFAULT_SETTINGS,
  MAX_DISABLED_SITES,
  RUN_MODES,
  type RunMode,
  SETTINGS_CATEGORIES,
  SETTINGS_KEYS,
  SETTINGS_VERSION,
  type Settings,
  type SettingsKey,
  type SettingsPatch,
} from './schema.ts';
export { isSiteEnabled, isSiteSwitchedOff, siteKey, sitePatch } from './sites.ts';
export {
  loadSettings,
  type SettingsArea,
  type SettingsChange,
  saveSettings,
  watchSettings,
} from './store.ts';
