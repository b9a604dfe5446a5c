/**
 * Chromium started with no extension at all, which the test then installs, reloads or
 * removes while pages stay open, the way a reader installs or updates it. Headless Chromium
 * does not bring a command-line-loaded extension back after `runtime.reload()`, but it does
 * take `Extensions.loadUnpacked` over the DevTools protocol when launched with
 * `--enable-unsafe-extension-debugging` and driven over a pipe (as Playwright does): loading
 * a folder installs it (`onInstalled` reason 'install'), loading the same folder again
 * reloads it as an update ('update').
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs, type PageProblem } from './chromium.ts';
import { requireBuilt } from './paths.ts';

/** Chromium without the extension, and the means to install it while pages are open. */
export interface UnpackedChromium {
  context: BrowserContext;
  /** A private copy of the Chrome build (so a concurrent `npm run build` cannot change it mid-test). */
  extensionDir: string;
  problems: PageProblem[];
  /** Installs `extensionDir` (or updates it if installed): resolves with the extension id. */
  loadUnpacked(): Promise<string>;
  /** Removes the extension, as the reader does from chrome://extensions. */
  uninstall(id: string): Promise<void>;
  /** Runs `fn` in a fresh page of extension `id` (extension pages close on every update). */
  inExtension<T, A>(id: string, fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  newPage(url?: string): Promise<Page>;
  close(): Promise<void>;
}

/** Launches Chromium with no extension loaded, ready to install the built one over CDP. */
export async function launchChromiumUnpacked(
  options: { extension?: string } = {},
): Promise<UnpackedChromium> {
  const source = options.extension ?? requireBuilt('chrome');
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  const scratch = mkdtempSync(join(tmpdir(), 'sourcing-lens-unpacked-'));
  const extensionDir = join(scratch, 'extension');
  cpSync(source, extensionDir, { recursive: true });
  // The usual flags, minus the two that load an extension at start.
  const args = chromiumArgs(extensionDir).filter(
    (a) => !/^--(load-extension|disable-extensions-except)=/.test(a),
  );
  const context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Playwright passes --disable-extensions unless told not to; that would refuse the install.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...args, '--enable-unsafe-extension-debugging'],
    viewport: { width: 1280, height: 900 },
  });
  const problems: PageProblem[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) =>
      problems.push({ kind: 'pageerror', url: page.url(), text: String(error) }),
    );
    page.on('console', (message) => {
      if (message.type() === 'error')
        problems.push({ kind: 'console', url: page.url(), text: message.text() });
    });
  };
  for (const page of context.pages()) watch(page);
  context.on('page', watch);

  let session: CDPSession;
  try {
    const browser = context.browser();
    if (!browser) throw new Error('Playwright gave no Browser for the persistent context');
    // The Extensions domain lives on the browser target, not on a page's.
    session = await browser.newBrowserCDPSession();
  } catch (error) {
    await context.close();
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }

  return {
    context,
    extensionDir,
    problems,
    async loadUnpacked() {
      const { id } = (await session.send('Extensions.loadUnpacked', { path: extensionDir })) as {
        id: string;
      };
      return id;
    },
    async uninstall(id) {
      await session.send('Extensions.uninstall', { id });
    },
    async inExtension(id, fn, arg) {
      const page = await context.newPage();
      try {
        await page.goto(`chrome-extension://${id}/src/options/index.html?harness`);
        return (await page.evaluate(fn as (arg: unknown) => Promise<unknown>, arg as unknown)) as never;
      } finally {
        await page.close();
      }
    },
    async newPage(url) {
      const page = await context.newPage();
      if (url) await page.goto(url);
      return page;
    },
    async close() {
      await context.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
