/**
 * The manifest per browser. `manifest.json` is the one source (written for Chrome);
 * Firefox's differences are applied here at build time.
 */

/** A browser we build for. */
export type Target = 'chrome' | 'firefox';

/** The add-on id Firefox keys storage and updates on; never change it once published. */
export const GECKO_ID = 'sourcing-lens@sourcing-lens.org';

/** Oldest Firefox: `data_collection_permissions` needs 140+, and web-ext lints clean from 142. */
export const GECKO_MIN_VERSION = '142.0';

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
};

/**
 * Returns the manifest for `target`, with `version` taken from package.json so the two never
 * drift. Firefox MV3 runs the background as an event page (`background.scripts`), needs a
 * gecko id and the data-collection declaration (we collect nothing), and ignores the
 * Chrome-only `minimum_chrome_version`.
 */
export function manifestFor(base: Manifest, target: Target, version: string): Manifest {
  const manifest: Manifest = structuredClone(base);
  manifest.version = version;
  if (target === 'chrome') return manifest;
  const worker = manifest.background?.service_worker;
  if (!worker) throw new Error('manifest.json: background.service_worker is missing');
  manifest.background = { scripts: [worker], type: 'module' };
  delete manifest.minimum_chrome_version;
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: GECKO_MIN_VERSION,
      data_collection_permissions: { required: ['none'] },
    },
  };
  return manifest;
}
