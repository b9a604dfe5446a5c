/**
 * Launches Debian's Chromium with the built extension (playwright-core, persistent context
 * in a temporary profile), and gives tests what they need around it: the service worker
 * and extension id, tab ids, the popup opened against a tab, every network request, every
 * page error, and screenshots kept in `artifacts/`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { artifactPath, requireBuilt } from './paths.ts';

/** Debian's Chromium; never a Playwright download. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** One network request seen in the browser. */
export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Who made it: a web page (or a content script in it), an extension page, or the service worker. */
  origin: 'page' | 'extension-page' | 'service-worker';
  /** The URL of the page or worker that made it. */
  initiator: string;
}

/** A page error or console error. */
export interface PageProblem {
  kind: 'pageerror' | 'console';
  url: string;
  text: string;
}

/** Options for {@link launchChromium}. */
export interface LaunchOptions {
  /** Folder of the unpacked extension; default the Chrome build in dist/chrome. */
  extension?: string;
  /** Default true; false needs a display. */
  headless?: boolean;
  /** Extra command-line flags. */
  args?: string[];
  viewport?: { width: number; height: number } | null;
}

/** Chromium with the extension loaded, and the helpers around it. */
export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's service worker as first started (stale once stopped: see {@link stopWorker}). */
  worker: Worker;
  /** The worker's running status from chrome://serviceworker-internals ('RUNNING', 'STOPPED', …). */
  workerStatus(): Promise<string>;
  extensionId: string;
  /** `chrome-extension://<id>/` */
  extensionOrigin: string;
  requests: RecordedRequest[];
  problems: PageProblem[];
  /** Opens a new tab, navigated to `url` if given. */
  newPage(url?: string): Promise<Page>;
  /** The browser's tab id for a page (brings it to the front). */
  tabIdOf(page: Page): Promise<number>;
  /** Opens the popup as a tab, aimed at `tabId` (`src/popup/index.html?tabId=N`). */
  openPopup(tabId: number, page?: Page): Promise<Page>;
  /** Runs `fn` in an extension page (a helper tab) with `chrome.*` at hand; survives worker restarts. */
  inExtension<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /**
   * Stops the service worker, as Chromium does after 30 s idle; the next extension event
   * restarts it. Playwright does not hand over the restarted worker: use {@link inExtension}.
   */
  stopWorker(): Promise<void>;
  /** Saves a full-page screenshot in artifacts/ and returns its path. */
  screenshot(page: Page, name: string, options?: { fullPage?: boolean }): Promise<string>;
  /** Requests that left the machine or went anywhere but `allowedOrigins`. */
  requestsOutside(allowedOrigins: readonly string[]): RecordedRequest[];
  close(): Promise<void>;
}

/**
 * The flags Chromium needs here (see the toolchain notes): the extension loaded both ways
 * (Playwright adds --disable-extensions otherwise), no sandbox or GPU in a container, and
 * none of Chromium's own background traffic. The resolver rule makes any host but loopback
 * fail at once, so nothing can leave the machine and nothing waits on DNS.
 */
export function chromiumArgs(extension: string): string[] {
  return [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
  ];
}

/** Launches Chromium with the extension and waits for its service worker. */
export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extension = options.extension ?? requireBuilt('chrome');
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'sourcing-lens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args: [...chromiumArgs(extension), ...(options.args ?? [])],
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
  });

  const requests: RecordedRequest[] = [];
  const problems: PageProblem[] = [];
  context.on('request', (request) => {
    const worker = request.serviceWorker();
    const frameUrl = worker ? worker.url() : safeFrameUrl(request);
    requests.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      origin: worker
        ? 'service-worker'
        : frameUrl.startsWith('chrome-extension://')
          ? 'extension-page'
          : 'page',
      initiator: frameUrl,
    });
  });
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

  const findWorker = async (): Promise<Worker> => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (existing) return existing;
    return context.waitForEvent('serviceworker', { timeout: 15_000 });
  };
  let worker: Worker;
  try {
    worker = await findWorker();
  } catch (error) {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    throw new Error(
      `The extension's service worker did not start (is ${extension} a valid build?): ${error}`,
    );
  }
  const extensionId = new URL(worker.url()).host;
  const extensionOrigin = `chrome-extension://${extensionId}/`;

  // Playwright keeps a stopped worker's handle and does not report the restarted one, so
  // `chrome.*` calls from tests run in an extension page instead, which outlives the worker.
  let helper: Page | null = null;
  const helperPage = async (): Promise<Page> => {
    if (helper && !helper.isClosed()) return helper;
    helper = await context.newPage();
    await helper.goto(`${extensionOrigin}src/options/index.html?harness`);
    return helper;
  };
  const inExtension = async <T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> => {
    const page = await helperPage();
    return (await page.evaluate(fn as (arg: unknown) => Promise<unknown>, arg as unknown)) as T;
  };
  const workerStatus = async (): Promise<string> => {
    const internals = await context.newPage();
    await internals.goto('chrome://serviceworker-internals/');
    const text = await internals.locator('body').innerText();
    await internals.close();
    const blocks = text.split('Scope: ').filter((b) => b.startsWith(extensionOrigin));
    return /Running Status: (\w+)/.exec(blocks[0] ?? '')?.[1] ?? 'UNKNOWN';
  };

  const browser: ExtensionBrowser = {
    context,
    worker,
    workerStatus,
    extensionId,
    extensionOrigin,
    requests,
    problems,
    async newPage(url) {
      const page = await context.newPage();
      if (url) await page.goto(url);
      return page;
    },
    async tabIdOf(page) {
      // Without the "tabs" permission the worker cannot read tab URLs, so identify the tab as
      // the active one right after bringing the page to the front.
      await helperPage();
      await page.bringToFront();
      const id = await inExtension(
        async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
        null,
      );
      if (typeof id !== 'number') throw new Error(`No tab found for ${page.url()}`);
      return id;
    },
    async openPopup(tabId, page) {
      const popup = page ?? (await context.newPage());
      await popup.goto(`${extensionOrigin}src/popup/index.html?tabId=${tabId}`);
      return popup;
    },
    inExtension,
    async stopWorker() {
      // chrome://serviceworker-internals stops the worker the way Chromium's idle timer does.
      const internals = await context.newPage();
      await internals.goto('chrome://serviceworker-internals/');
      await internals.locator('cr-button[data-command="stop"]').first().click();
      await internals.getByText('Running Status: STOPPED').first().waitFor({ timeout: 15_000 });
      await internals.close();
    },
    async screenshot(page, name, opts) {
      const path = artifactPath(`${name}.png`);
      await page.screenshot({ path, fullPage: opts?.fullPage ?? false });
      return path;
    },
    requestsOutside(allowedOrigins) {
      return requests.filter((r) => {
        if (r.url.startsWith('data:') || r.url.startsWith('blob:') || r.url.startsWith(extensionOrigin))
          return false;
        return !allowedOrigins.some((o) => r.url.startsWith(o));
      });
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return browser;
}

function safeFrameUrl(request: { frame(): { url(): string } }): string {
  try {
    return request.frame().url();
  } catch {
    // Requests without a frame (e.g. from a worker of a page).
    return '';
  }
}
