/**
 * The popup's size budget on the built extension: everything `src/popup/index.html`
 * loads stays under 30 KB gzip (issue 5). Preact only; no chart library, no analysis.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POPUP_GZIP_BUDGET, popupBundleSize } from '../../scripts/bench-popup.ts';
import { requireBuilt } from './harness/index.ts';

describe('popup bundle', () => {
  it('stays within 30 KB gzip', () => {
    const { files, gzip } = popupBundleSize(requireBuilt('chrome'));
    // The page, its entry chunk and its stylesheet at least: the walk really followed the imports.
    expect(files.some((f) => f.path.endsWith('.css'))).toBe(true);
    expect(files.filter((f) => f.path.endsWith('.js')).length).toBeGreaterThan(1);
    expect(gzip).toBeLessThanOrEqual(POPUP_GZIP_BUDGET);
  });

  it('does not carry the analysis engine (the report arrives ready-made)', () => {
    const dist = requireBuilt('chrome');
    const { files } = popupBundleSize(dist);
    // "according to" is in the analysis lexicon: the built extension has it (the content
    // script analyses), the popup's files must not.
    const marker = 'according to';
    const all = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
    expect(all.some((f) => readFileSync(join(dist, 'assets', f), 'utf8').includes(marker))).toBe(true);
    const popupJs = files.filter((f) => f.path.endsWith('.js'));
    for (const f of popupJs)
      expect(readFileSync(join(dist, f.path), 'utf8').includes(marker), f.path).toBe(false);
  });
});
