import { CATEGORIES, type Category } from '../analysis/types.ts';

/**
 * The categories the reader can switch, in the analysis's order. Taken from the data
 * model (`analysis/types.ts`, constants only), never from the engine's surface.
 */
export const SETTINGS_CATEGORIES: readonly Category[] = CATEGORIES;

/** When the content script analyses a page. */
export type RunMode = 'auto' | 'click';

/** Every run mode, for validation and for the options page. */
export const RUN_MODES: readonly RunMode[] = ['auto', 'click'];

/** The reader's settings, always complete and valid once read through this module. */
export interface Settings {
  /** Schema version of the stored settings (see {@link SETTINGS_VERSION}). */
  readonly version: number;
  /** Global on/off switch. */
  readonly enabled: boolean;
  /** Whether each category is highlighted on the page. */
  readonly categories: Readonly<Record<Category, boolean>>;
  /** Hostnames (normalised, see `siteKey`) on which the extension stays off. */
  readonly disabledSites: readonly string[];
  /** 'auto': analyse every article on load; 'click': only when the reader opens the popup. */
  readonly mode: RunMode;
}

/** A change the reader makes: any subset of the user-settable keys (categories may be partial). */
export interface SettingsPatch {
  enabled?: boolean;
  categories?: Partial<Record<Category, boolean>>;
  disabledSites?: readonly string[];
  mode?: RunMode;
}

/** The current schema version; bump it and add a step to `MIGRATIONS` when the stored shape changes. */
export const SETTINGS_VERSION = 1;

/** The user-settable keys as stored in `storage.sync` (plus `version`). */
export const SETTINGS_KEYS = ['enabled', 'categories', 'disabledSites', 'mode'] as const;

/** One user-settable key. */
export type SettingsKey = (typeof SETTINGS_KEYS)[number];

/** Defaults: everything on except the on-record highlight, which would mark most of a normal article. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION,
  enabled: true,
  categories: Object.freeze({ anonymous: true, 'single-expert': true, vague: true, 'on-record': false }),
  disabledSites: Object.freeze([]) as readonly string[],
  mode: 'auto',
});

/** At most this many disabled sites are kept (storage.sync allows 8 KB per item). */
export const MAX_DISABLED_SITES = 256;

/** A stored value whose JSON would exceed this many characters is rejected (storage.sync's per-item quota). */
export const MAX_STORED_VALUE_CHARS = 8192;

/** Longest valid hostname (RFC 1035). */
export const MAX_HOSTNAME_LENGTH = 253;
