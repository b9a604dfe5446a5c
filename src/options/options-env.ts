/**
 * The real {@link OptionsEnv} over the WebExtension API (structural, so tests
 * pass a fake): settings through the shared `settings` module, strings
 * through `i18n`, site access through `permissions`.
 */
import { createSettingsPort, createTranslate, type I18nApi } from '../popup/index.ts';
import type { SettingsArea } from '../settings/index.ts';
import type { OptionsEnv } from './options-app.tsx';

/** The part of the WebExtension API the options page uses. */
export interface OptionsBrowser {
  storage: { sync: SettingsArea };
  i18n: I18nApi;
  runtime: { getManifest(): { optional_host_permissions?: string[] } };
  permissions?: { request(p: { origins: string[] }): Promise<boolean> };
}

/** Builds the options page's environment. */
export function createOptionsEnv(browser: OptionsBrowser): OptionsEnv {
  return {
    t: createTranslate(browser.i18n),
    settings: createSettingsPort(browser.storage.sync),
    requestSiteAccess() {
      // Only when the manifest keeps site access optional does running automatically need a grant.
      const origins = browser.runtime.getManifest().optional_host_permissions ?? [];
      if (origins.length === 0 || !browser.permissions) return Promise.resolve(true);
      return browser.permissions.request({ origins });
    },
  };
}
