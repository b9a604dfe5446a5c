// @vitest-environment jsdom
/**
 * A page that passes the cheap article check but holds no article the extraction
 * can find (a feed, a front page), and keeps adding content (infinite scroll, a
 * live ticker): the content script looks again when content arrives, since an
 * article may be loading late, but only a few times per page, as the watcher for
 * non-article pages does. Each look is a full extraction on the page's main thread.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ContentController } from '../../src/content/controller.ts';
import * as engine from '../../src/content/engine.ts';
import { fakeHighlightApi } from './content-helpers.ts';

const SETTLE_MS = 20;

let controller: ContentController | null = null;

afterEach(() => {
  controller?.destroy();
  controller = null;
});

/** Lets the watcher's quiet time pass and any run it started finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS * 6));

describe('a page with no article that keeps changing', () => {
  it('is looked at again only a few times, and afresh after a navigation', async () => {
    document.body.replaceChildren();
    const feed = document.createElement('div');
    document.body.append(feed);
    controller = new ContentController({
      doc: document,
      api: null,
      isArticle: () => true,
      loadEngine: async () => engine,
      highlightApi: fakeHighlightApi(),
      settleMs: SETTLE_MS,
    });
    await controller.start();
    await settle();
    expect(controller.tabState.status).toBe('not-article');
    const runsAfterStart = controller.metrics.metrics.runs;
    expect(runsAfterStart).toBe(1);
    for (let i = 0; i < 8; i++) {
      const item = document.createElement('div');
      item.textContent = `Headline number ${i}`;
      feed.append(item);
      await settle();
    }
    expect(controller.tabState.status).toBe('not-article');
    const runsAfterFeed = controller.metrics.metrics.runs;
    expect(runsAfterFeed - runsAfterStart).toBeGreaterThan(0);
    expect(runsAfterFeed - runsAfterStart).toBeLessThanOrEqual(3);
    // A navigation (SPA) is a new page: it gets its own looks.
    history.pushState(null, '', '/next-page');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    const item = document.createElement('div');
    item.textContent = 'More content';
    feed.append(item);
    await settle();
    expect(controller.metrics.metrics.runs).toBeGreaterThan(runsAfterFeed);
  });
});
