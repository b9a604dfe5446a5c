/**
 * Main-thread budget on a huge page (issue 5): a 200 000-word article (the
 * seed articles' paragraphs repeated) in real Chromium with the built
 * extension. A PerformanceObserver for `longtask` runs in the page from the
 * start; the extension's own figures come from its `sourcing-lens:*` marks and
 * go to artifacts/content-budget-200k.json.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForDrawn } from './content-helpers.ts';
import {
  artifactPath,
  type ExtensionBrowser,
  type FixtureServer,
  launchChromium,
  startFixtureServer,
} from './harness/index.ts';

let server: FixtureServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchChromium();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The seed page with its article's paragraphs repeated until it holds `words` words. */
async function hugePage(words: number): Promise<string> {
  const html = await (await fetch(server.seedUrl('dailymail-putin-flee'))).text();
  const paragraphs = [...html.matchAll(/<p>[\s\S]*?<\/p>/g)].map((m) => m[0]);
  const perRound = paragraphs
    .join(' ')
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  const rounds = Math.ceil(words / perRound);
  const body = Array.from({ length: rounds }, () => paragraphs.join('\n')).join('\n');
  return html.replace(/(<article[^>]*>[\s\S]*?<\/header>)[\s\S]*?(<\/article>)/, `$1${body}$2`);
}

/** The figures of the latest `sourcing-lens:*` mark (the report is sent after the drawn mark). */
function lastFigures(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('sourcing-lens:'));
    return (marks.at(-1) as PerformanceMark).detail as Record<string, unknown>;
  });
}

describe('main-thread budget on a 200 000-word page', () => {
  it('finishes the analysis and drawing without a long task of its own', async () => {
    server.route('/huge/article.html', await hugePage(200_000));
    const page = await ext.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(server.url('/huge/article.html'));
    let drawn = await waitForDrawn(page, 120_000);
    // Let the report go out and the observer deliver the last entries.
    await page.waitForTimeout(1500);
    drawn = { ...drawn, ...((await lastFigures(page)) as Partial<typeof drawn>) };
    const result = await page.evaluate(() => {
      const start = performance.getEntriesByName('sourcing-lens:start')[0]!.startTime;
      const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
      return {
        start,
        words: (document.querySelector('article')!.textContent ?? '').split(/\s+/).filter(Boolean).length,
        badges: document.querySelectorAll('sourcing-lens-badge').length,
        longTasksAfterStart: tasks.filter((t) => t.start + t.duration > start),
      };
    });
    const figures = {
      words: result.words,
      badges: result.badges,
      drawnAfterMs: Math.round(drawn.drawnAfterMs),
      mainThreadMs: Math.round(drawn.mainThreadMs),
      longestTaskMs: Math.round(drawn.longestTaskMs * 10) / 10,
      longestTask: drawn.longestTask,
      phases: Object.fromEntries(Object.entries(drawn.phases).map(([k, v]) => [k, Math.round(v)])),
      phaseMax: Object.fromEntries(
        Object.entries(drawn.phaseMax).map(([k, v]) => [k, Math.round(v * 10) / 10]),
      ),
      longTasksAfterStart: result.longTasksAfterStart.map((t) => Math.round(t.duration)),
    };
    writeFileSync(artifactPath('content-budget-200k.json'), `${JSON.stringify(figures, null, 2)}\n`);
    console.log('200k-word page:', JSON.stringify(figures));
    expect(result.words).toBeGreaterThanOrEqual(200_000);
    expect(result.badges).toBeGreaterThan(1000);
    // Our sliced phases (analysis, anchoring, badge creation and placement) never run a task
    // over 50 ms. Known gap, reported rather than asserted: extract's extractArticle is one
    // synchronous call (hundreds of ms on this page), and every change to a page this long
    // costs the browser a layout of 50-150 ms here, once per placement slice.
    // Also reported, not asserted: the analysis's own steps (`analyse`), and sending the report
    // to the background (`report-send`, measured after the drawn mark in a later one).
    for (const phase of ['anchor', 'draw', 'place', 'highlight']) {
      expect(drawn.phaseMax[phase] ?? 0, phase).toBeLessThan(50);
    }
    await page.close();
  }, 180_000);
});
