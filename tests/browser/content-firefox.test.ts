/**
 * The content script in real Firefox (firefox-esr over WebDriver BiDi, the
 * BUILT dist/firefox installed as a temporary add-on): on a seed article page
 * it draws badges, each a labelled button in its own shadow root, right after
 * its sentence, the popover opens from a badge, and the page logs no error.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionFirefox,
  type FixtureServer,
  launchFirefox,
  startFixtureServer,
} from './harness/index.ts';

let server: FixtureServer;
let fx: ExtensionFirefox;

beforeAll(async () => {
  server = await startFixtureServer();
  fx = await launchFirefox();
});

afterAll(async () => {
  await fx?.close();
  await server?.close();
});

interface FirefoxBadge {
  category: string;
  label: string;
  rendered: boolean;
  before: string;
}

function readBadges(page: Page): Promise<FirefoxBadge[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('sourcing-lens-badge')].map((node) => {
      const host = node as HTMLElement;
      const rect = host.getBoundingClientRect();
      const range = document.createRange();
      range.setStart(host.closest('p,h1,li')!, 0);
      range.setEndBefore(host);
      return {
        category: host.dataset.category ?? '',
        label: host.shadowRoot?.querySelector('button')?.getAttribute('aria-label') ?? '',
        rendered: rect.width > 0 && rect.height > 0,
        before: range.toString(),
      };
    }),
  );
}

describe('content script in Firefox (built extension)', () => {
  it('draws badges on a seed article page and opens a popover', async () => {
    const page = await fx.newPage(server.seedUrl('sun-putin-coup'));
    await page.waitForFunction(() => document.querySelectorAll('sourcing-lens-badge').length > 0, {
      timeout: 20_000,
    });
    // Let the slices finish: the count stops growing.
    let count = 0;
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, 150));
      const now = await page.evaluate(() => document.querySelectorAll('sourcing-lens-badge').length);
      if (now === count) break;
      count = now;
    }
    const badges = await readBadges(page);
    expect(badges.length).toBeGreaterThan(10);
    for (const b of badges) {
      expect(b.rendered).toBe(true);
      expect(b.label).toMatch(/^(Anonymous source|Single expert|Vague attribution): /);
    }
    // The Sun article rests on one expert: most badges say so and name him.
    const expert = badges.filter((b) => b.category === 'single-expert');
    expect(expert.length).toBeGreaterThan(badges.length / 2);
    expect(expert.every((b) => b.label.includes('Thornton'))).toBe(true);

    await page.evaluate(() => {
      const host = document.querySelector(
        'sourcing-lens-badge[data-category="single-expert"]',
      ) as HTMLElement;
      host.scrollIntoView({ block: 'center' });
      (host.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    });
    const dialogText = await page.evaluate(() => {
      const host = document.querySelector('sourcing-lens-popover');
      const panel = host?.shadowRoot?.querySelector('[role="dialog"]') as HTMLElement | null | undefined;
      return panel && !panel.hidden ? (panel.textContent ?? '') : '';
    });
    expect(dialogText).toContain('Single expert');
    expect(dialogText).toContain('Thornton');
    await fx.screenshot(page, 'content-firefox-sun-putin-coup');
    expect(fx.problems).toEqual([]);
    await page.close();
  });
});
