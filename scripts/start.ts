/**
 * `npm start`: builds the extension for Chromium, serves the bundled articles (the seeds
 * rendered as news pages, and the saved real pages) on 127.0.0.1, and opens Chromium with
 * the extension on the Daily Mail seed.
 *
 * - With a display ($DISPLAY or $WAYLAND_DISPLAY set): a visible browser, left open until
 *   Ctrl-C.
 * - Without one: headless. It waits for the inline badges, takes screenshots of the page
 *   with its badges, of the first badge's popover open, and of the popup for the tab,
 *   prints where they are and a short summary, and exits.
 *
 * Options: --headless (force headless), --port=N (default 8417; 0 = any free port),
 * --article=<seed name or pages/<slug>> (default dailymail-putin-flee).
 */
import { build } from 'vite';
import type { StoredTabState } from '../src/messaging/index.ts';
import {
  artifactPath,
  distDir,
  type ExtensionBrowser,
  type FixtureServer,
  launchChromium,
  ROOT,
  startFixtureServer,
} from '../tests/browser/harness/index.ts';

const BADGE = 'sourcing-lens-badge';
const POPOVER = 'sourcing-lens-popover';

interface Options {
  headless: boolean;
  port: number;
  article: string;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    headless: !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY),
    port: 8417,
    article: 'dailymail-putin-flee',
  };
  for (const arg of argv) {
    if (arg === '--headless') options.headless = true;
    else if (arg.startsWith('--port=')) options.port = Number(arg.slice(7));
    else if (arg.startsWith('--article=')) options.article = arg.slice(10);
    else throw new Error(`Unknown option ${arg} (known: --headless, --port=N, --article=NAME)`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535)
    throw new Error('--port must be 0..65535');
  return options;
}

/** Starts the server on the wanted port, or any free one if it is taken. */
async function serve(port: number): Promise<FixtureServer> {
  try {
    return await startFixtureServer(port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.log(`Port ${port} is taken; using a free one.`);
    return startFixtureServer(0);
  }
}

function articleUrl(server: FixtureServer, article: string): string {
  if (article.startsWith('pages/')) {
    const slug = article.slice(6);
    if (!server.pages.includes(slug))
      throw new Error(`No saved page "${slug}" (have: ${server.pages.join(', ')})`);
    return server.pageUrl(slug);
  }
  if (!server.seeds.includes(article))
    throw new Error(`No seed "${article}" (have: ${server.seeds.join(', ')})`);
  return server.seedUrl(article);
}

/** Waits for the tab's analysis, then screenshots page, popover and popup; returns the summary lines. */
async function showcase(browser: ExtensionBrowser, url: string): Promise<string[]> {
  const page = await browser.newPage(url);
  const tabId = await browser.tabIdOf(page);
  const stateOf = () =>
    browser.inExtension(
      async (key) => ((await chrome.storage.session.get(key))[key] ?? null) as unknown,
      `tab:${tabId}`,
    );
  let state: StoredTabState | null = null;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    state = (await stateOf()) as StoredTabState | null;
    if (state && state.status !== 'analysing') break;
    await page.waitForTimeout(100);
  }
  const lines: string[] = [];
  if (state?.status !== 'ready') {
    const error = state?.status === 'error' && state.error ? ` (${state.error})` : '';
    lines.push(`The page did not finish: status ${state?.status ?? 'none'}${error}.`);
    lines.push(`Screenshot: ${await browser.screenshot(page, 'start-page')}`);
    return lines;
  }
  const badges = page.locator(BADGE);
  const report = state.report;
  if (report.summary.flagged > 0) await badges.first().waitFor({ state: 'attached', timeout: 10_000 });
  const badgeCount = await badges.count();
  const toolbar = await browser.inExtension((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

  lines.push(`Article: ${url}`);
  lines.push(`Summary: ${report.summary.headline}`);
  const counts = Object.entries(report.summary.counts)
    .map(([category, n]) => `${category} ${n}`)
    .join(', ');
  lines.push(`Claims: ${report.summary.total} (${counts}); flagged ${report.summary.flagged}.`);
  lines.push(`On the page: ${badgeCount} inline badges; toolbar badge "${toolbar}".`);
  for (const source of report.sources.slice(0, 3)) {
    const claims = `${source.claims} claim${source.claims === 1 ? '' : 's'}`;
    lines.push(`  source: ${source.name} (${source.kind}), ${claims}`);
  }

  const shots: string[] = [];
  if (badgeCount > 0) {
    await badges.first().scrollIntoViewIfNeeded();
    shots.push(await browser.screenshot(page, 'start-page-badges'));
    await badges.first().click();
    await page.locator(POPOVER).first().waitFor({ state: 'attached', timeout: 5_000 });
    await page.waitForTimeout(200);
    shots.push(await browser.screenshot(page, 'start-badge-popover'));
    await page.keyboard.press('Escape');
  } else {
    shots.push(await browser.screenshot(page, 'start-page'));
  }
  const popup = await browser.openPopup(tabId);
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.waitForTimeout(500);
  shots.push(await browser.screenshot(popup, 'start-popup', { fullPage: true }));
  await popup.close();
  for (const shot of shots) lines.push(`Screenshot: ${shot}`);
  // The served pages reference nothing beyond 127.0.0.1, so any other request would be ours.
  const outside = browser.requestsOutside([new URL(url).origin, 'chrome://']);
  lines.push(`Requests beyond 127.0.0.1 and the extension's own files: ${outside.length}.`);
  if (browser.problems.length > 0)
    lines.push(`Page errors: ${browser.problems.map((p) => p.text).join(' | ')}`);
  return lines;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  process.stdout.write('Building the extension (dist/chrome)… ');
  await build({ root: ROOT, configFile: `${ROOT}/vite.config.ts`, mode: 'chrome', logLevel: 'warn' });
  console.log(`${Math.round(performance.now() - started)} ms`);

  const server = await serve(options.port);
  const url = articleUrl(server, options.article);
  console.log(`Serving the bundled articles at ${server.origin}/`);
  const browser = await launchChromium({
    extension: distDir('chrome'),
    headless: options.headless,
    viewport: options.headless ? { width: 1280, height: 900 } : null,
  });
  const stop = async () => {
    await browser.close().catch(() => undefined);
    await server.close();
  };

  if (options.headless) {
    try {
      for (const line of await showcase(browser, url)) console.log(line);
      console.log(`(Artifacts in ${artifactPath('')})`);
    } finally {
      await stop();
    }
    return;
  }
  const page = await browser.newPage(url);
  await page.bringToFront();
  console.log(`Chromium is open on ${url} with Sourcing Lens loaded. Other articles: ${server.origin}/`);
  console.log('Press Ctrl-C to quit.');
  await new Promise<void>((done) => {
    process.once('SIGINT', () => done());
    browser.context.once('close', () => done());
  });
  await stop();
}

main().catch((error) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
