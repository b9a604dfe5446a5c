import type { Category } from '../analysis/types.ts';
import {
  DEFAULT_SETTINGS,
  MAX_DISABLED_SITES,
  RUN_MODES,
  SETTINGS_CATEGORIES,
  type Settings,
  type SettingsPatch,
} from './schema.ts';
import { siteKey } from './sites.ts';

/** What is written to storage: only the keys that differ from the defaults. */
export type StoredSettings = {
  enabled?: boolean;
  categories?: Partial<Record<Category, boolean>>;
  disabledSites?: string[];
  mode?: Settings['mode'];
};

/** The user's choices: the keys of `settings` that differ from the defaults (categories per category). */
export function diffFromDefaults(settings: Settings): StoredSettings {
  const out: StoredSettings = {};
  if (settings.enabled !== DEFAULT_SETTINGS.enabled) out.enabled = settings.enabled;
  if (settings.mode !== DEFAULT_SETTINGS.mode) out.mode = settings.mode;
  const categories: Partial<Record<Category, boolean>> = {};
  for (const c of SETTINGS_CATEGORIES) {
    if (settings.categories[c] !== DEFAULT_SETTINGS.categories[c]) categories[c] = settings.categories[c];
  }
  if (Object.keys(categories).length > 0) out.categories = categories;
  if (settings.disabledSites.length > 0) out.disabledSites = [...settings.disabledSites];
  return out;
}

/**
 * Applies a patch to settings. Unlike stored data (repaired silently), a patch comes from our
 * own UI, so a bad one is a bug: it throws a TypeError that says which key is wrong.
 */
export function applyPatch(settings: Settings, patch: SettingsPatch): Settings {
  if (typeof patch !== 'object' || patch === null) throw new TypeError('Settings patch must be an object');
  let next: Settings = settings;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    switch (key) {
      case 'enabled':
        if (typeof value !== 'boolean') throw new TypeError('Settings patch: "enabled" must be a boolean');
        next = { ...next, enabled: value };
        break;
      case 'mode':
        if (!RUN_MODES.includes(value))
          throw new TypeError(`Settings patch: "mode" must be one of ${RUN_MODES.join(', ')}`);
        next = { ...next, mode: value };
        break;
      case 'categories': {
        if (typeof value !== 'object' || value === null)
          throw new TypeError('Settings patch: "categories" must be an object');
        const categories = { ...next.categories };
        for (const [c, flag] of Object.entries(value as Record<string, unknown>)) {
          if (!(SETTINGS_CATEGORIES as readonly string[]).includes(c))
            throw new TypeError(`Settings patch: unknown category "${c}"`);
          if (typeof flag !== 'boolean')
            throw new TypeError(`Settings patch: category "${c}" must be a boolean`);
          categories[c as Category] = flag;
        }
        next = { ...next, categories };
        break;
      }
      case 'disabledSites': {
        if (!Array.isArray(value))
          throw new TypeError('Settings patch: "disabledSites" must be an array of hostnames');
        const sites = new Set<string>();
        for (const site of value) {
          const k = siteKey(site);
          if (k === null)
            throw new TypeError(
              `Settings patch: not a hostname: ${JSON.stringify(String(site).slice(0, 100))}`,
            );
          sites.add(k);
        }
        if (sites.size > MAX_DISABLED_SITES)
          throw new TypeError(`Settings patch: at most ${MAX_DISABLED_SITES} disabled sites`);
        next = { ...next, disabledSites: [...sites] };
        break;
      }
      default:
        throw new TypeError(`Settings patch: unknown key "${key}"`);
    }
  }
  return next;
}
