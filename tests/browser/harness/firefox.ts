/**
 * Launches Debian's Firefox ESR (puppeteer-core over WebDriver BiDi) with the built Firefox
 * extension installed as a temporary add-on. Firefox refuses `moz-extension://` pages
 * opened from test code, so Firefox tests look at what the content script does on pages.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { artifactPath, requireBuilt } from './paths.ts';

/** Debian's Firefox ESR. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Firefox with the extension installed. */
export interface ExtensionFirefox {
  browser: Browser;
  /** The add-on id (the gecko id from the manifest). */
  extensionId: string;
  /** Errors thrown on pages, as `pageerror` reports them. */
  problems: { url: string; text: string }[];
  newPage(url?: string): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/** Launches Firefox and installs the extension from `extension` (default dist/firefox). */
export async function launchFirefox(
  options: { extension?: string; headless?: boolean } = {},
): Promise<ExtensionFirefox> {
  const extension = options.extension ?? requireBuilt('firefox');
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `No Firefox at ${FIREFOX_PATH}: install it (apt-get install firefox-esr) or set FIREFOX_PATH.`,
    );
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    extraPrefsFirefox: {
      // No traffic of Firefox's own: the network is closed, and waiting on it slows tests.
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.update.enabled': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  let extensionId: string;
  try {
    extensionId = await browser.installExtension(extension);
  } catch (error) {
    await browser.close();
    throw new Error(`Firefox refused the extension in ${extension}: ${error}`);
  }
  const problems: { url: string; text: string }[] = [];
  return {
    browser,
    extensionId,
    problems,
    async newPage(url) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => problems.push({ url: page.url(), text: String(error) }));
      if (url) await page.goto(url);
      return page;
    },
    async screenshot(page, name) {
      const path = artifactPath(`${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    close: () => browser.close(),
  };
}
