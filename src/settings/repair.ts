import type { Category } from '../analysis/types.ts';
import {
  DEFAULT_SETTINGS,
  MAX_DISABLED_SITES,
  MAX_STORED_VALUE_CHARS,
  RUN_MODES,
  type RunMode,
  SETTINGS_CATEGORIES,
  SETTINGS_VERSION,
  type Settings,
} from './schema.ts';
import { siteKey } from './sites.ts';

type StoredRecord = Record<string, unknown>;

/**
 * Steps that turn settings stored under version `n` into version `n + 1`, keyed by `n`.
 * Version 1 is the first stored shape, so there is none yet; `migrate` runs whatever is listed.
 */
export const MIGRATIONS: Readonly<Record<number, (stored: StoredRecord) => StoredRecord>> = {};

function isRecord(value: unknown): value is StoredRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * True when `value` serialises to at most `budget` JSON characters. Walks the value with
 * the budget as a bound, so a huge or cyclic value costs no more than `budget` steps.
 */
export function fitsBudget(value: unknown, budget = MAX_STORED_VALUE_CHARS): boolean {
  let left = budget;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') left -= item.length + 2;
    else if (Array.isArray(item)) {
      left -= 2 + item.length;
      if (left < 0) return false;
      for (const child of item) stack.push(child);
    } else if (isRecord(item)) {
      const keys = Object.keys(item);
      left -= 2 + keys.length;
      if (left < 0) return false;
      for (const key of keys) {
        left -= key.length + 3;
        stack.push(item[key]);
      }
    } else left -= 5;
    if (left < 0) return false;
  }
  return true;
}

/**
 * Brings a stored record from its own version up to `target` (default {@link SETTINGS_VERSION})
 * by running each step of `steps` in turn.
 */
export function migrate(
  stored: StoredRecord,
  steps: Readonly<Record<number, (stored: StoredRecord) => StoredRecord>> = MIGRATIONS,
  target: number = SETTINGS_VERSION,
): StoredRecord {
  const version = stored.version;
  // A missing version means nothing was stored yet or a first-version write; a newer version
  // (after a downgrade) is read key by key as if current, keeping whatever still validates.
  if (typeof version !== 'number' || !Number.isInteger(version) || version >= target) return stored;
  let current = stored;
  for (let v = Math.max(0, version); v < target; v++) {
    const step = steps[v];
    if (step) current = step(current);
  }
  return current;
}

function repairCategories(value: unknown): Record<Category, boolean> {
  const out = { ...DEFAULT_SETTINGS.categories };
  if (!isRecord(value)) return out;
  for (const category of SETTINGS_CATEGORIES) {
    const flag = Object.hasOwn(value, category) ? value[category] : undefined;
    if (typeof flag === 'boolean') out[category] = flag;
  }
  return out;
}

function repairSites(value: unknown): readonly string[] {
  if (!Array.isArray(value)) return DEFAULT_SETTINGS.disabledSites;
  const sites = new Set<string>();
  for (const item of value) {
    const key = siteKey(item);
    if (key !== null) sites.add(key);
    if (sites.size >= MAX_DISABLED_SITES) break;
  }
  return [...sites];
}

/**
 * Turns anything read from storage into complete, valid settings. Each key is checked on
 * its own: a wrong-typed or oversized key falls back to its default while the others
 * survive; unknown keys are dropped; never throws.
 */
export function repairSettings(raw: unknown): Settings {
  if (!isRecord(raw)) return DEFAULT_SETTINGS;
  let stored: StoredRecord;
  try {
    stored = migrate(raw);
  } catch {
    stored = raw;
  }
  const value = (key: string): unknown => {
    // Own keys only: a stored `__proto__` or an inherited property is not a user choice.
    if (!Object.hasOwn(stored, key)) return undefined;
    const v = stored[key];
    return fitsBudget(v) ? v : undefined;
  };
  const enabled = value('enabled');
  const mode = value('mode');
  return {
    version: SETTINGS_VERSION,
    enabled: typeof enabled === 'boolean' ? enabled : DEFAULT_SETTINGS.enabled,
    categories: repairCategories(value('categories')),
    disabledSites: repairSites(value('disabledSites')),
    mode: RUN_MODES.includes(mode as RunMode) ? (mode as RunMode) : DEFAULT_SETTINGS.mode,
  };
}
