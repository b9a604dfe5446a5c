// @vitest-environment jsdom
/**
 * The content script's controller on the four real saved pages and the two
 * seeds (jsdom 29, real extraction and analysis, a fake Highlight API since
 * jsdom has none): every claim anchors to its exact sentence, a badge stands
 * after each flagged claim, settings apply at once, a changed article is
 * re-analysed, and teardown leaves the page's DOM exactly as it was with no
 * listener or observer of ours left.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { anchorAll, blockRelativeSpan } from '../../src/content/anchoring.ts';
import { ContentController } from '../../src/content/controller.ts';
import * as engine from '../../src/content/engine.ts';
import { liveRange } from '../../src/content/positions.ts';
import { blockKinds, isProbablyArticle, rangeForSpan } from '../../src/extract/index.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/index.ts';
import { pagePath } from '../helpers/corpus.ts';
import { normal } from '../helpers/text.ts';
import { fakeHighlightApi, seedArticle, until } from './content-helpers.ts';

const PAGES = ['bbc-1', 'nytimes-1', 'telegraph', 'webmd-1'];

function seedHtml(name: string): string {
  const dom = new JSDOM(
    '<!doctype html><html><head><meta property="og:type" content="article"></head><body></body></html>',
  );
  seedArticle(dom.window.document, name);
  return dom.serialize();
}

/**
 * Puts `html` into the test environment's own document (the one whose realm our
 * AbortSignals belong to) and returns a handle shaped like a JSDOM.
 */
function load(html: string) {
  const parsed = new JSDOM(html);
  const src = parsed.window.document;
  document.head.innerHTML = src.head.innerHTML;
  document.body.innerHTML = src.body.innerHTML;
  document.title = src.title;
  parsed.window.close();
  return { window: { document, close: () => undefined } as unknown as Window & typeof globalThis };
}

const restore: (() => void)[] = [];

/** Records every listener added to window and document, with its signal. */
function spyListeners(dom: { window: Window }) {
  const added: { type: string; signal: AbortSignal | undefined }[] = [];
  restore.length = 0;
  for (const target of [window, dom.window.document] as EventTarget[]) {
    const original = target.addEventListener.bind(target);
    target.addEventListener = ((
      type: string,
      listener: EventListener,
      options?: AddEventListenerOptions | boolean,
    ) => {
      added.push({ type, signal: typeof options === 'object' ? options.signal : undefined });
      original(type, listener, options);
    }) as typeof target.addEventListener;
    restore.push(() => {
      target.addEventListener = original;
    });
  }
  return added;
}

function startOn(dom: { window: Window }, settings: Settings = DEFAULT_SETTINGS) {
  const api = fakeHighlightApi();
  const controller = new ContentController({
    doc: dom.window.document,
    api: null,
    isArticle: isProbablyArticle,
    loadEngine: async () => engine,
    settings,
    highlightApi: api,
    settleMs: 20,
  });
  return { controller, api };
}

const fixtures = [
  ...PAGES.map((slug) => ({
    name: `page:${slug}`,
    html: () => readFileSync(pagePath(slug), 'utf8'),
  })),
  ...['dailymail-putin-flee', 'sun-putin-coup'].map((n) => ({ name: `seed:${n}`, html: () => seedHtml(n) })),
];

describe('content controller on the real pages (jsdom)', () => {
  for (const fixture of fixtures) {
    it(`anchors, draws and tears down cleanly on ${fixture.name}`, async () => {
      const dom = load(fixture.html());
      const doc = dom.window.document;
      const listeners = spyListeners(dom);
      const htmlBefore = doc.body.innerHTML;
      const textBefore = doc.body.textContent;
      const { controller, api } = startOn(dom);
      await controller.start();
      await until(() => controller.tabState.status === 'ready');
      const report = controller.currentReport!;

      // Every claim (flagged or not) lies exactly over its sentence, and our positions are
      // exactly the ones extract's rangeForSpan gives.
      const article = engine.extractArticleFast(doc)!;
      const { anchored, missed } = anchorAll(report, article);
      expect(missed).toBe(0);
      for (const a of anchored) {
        expect(normal(liveRange(doc, a.span).toString())).toBe(
          normal(report.text.slice(a.claim.start, a.claim.end)),
        );
        const span = blockRelativeSpan(report, a.claim)!;
        const r = rangeForSpan(a.block, span.start, span.end);
        expect([a.span.start.node, a.span.start.offset, a.span.end.node, a.span.end.offset]).toEqual([
          r.startContainer,
          r.startOffset,
          r.endContainer,
          r.endOffset,
        ]);
      }

      // One badge per flagged claim, right after its sentence; the page's text is unchanged.
      const flagged = report.claims.filter((c) => c.category !== 'on-record');
      const badges = [...doc.querySelectorAll('sourcing-lens-badge')] as HTMLElement[];
      expect(badges).toHaveLength(flagged.length);
      for (const host of badges) {
        const claim = report.claims[Number(host.dataset.claim)]!;
        const r = doc.createRange();
        r.setStart(host.parentElement!.closest('p,li,h1,h2,h3,div,blockquote,figcaption,td') ?? doc.body, 0);
        r.setEndBefore(host);
        expect(normal(r.toString()).endsWith(normal(report.text.slice(claim.start, claim.end)))).toBe(true);
      }
      expect(doc.body.textContent).toBe(textBefore);
      const shown = DEFAULT_SETTINGS.categories;
      for (const name of api.map.keys())
        expect(shown[name.replace('sourcing-lens-', '') as keyof typeof shown]).toBe(true);

      // Teardown: exactly the original DOM (split text nodes joined), no highlight, every listener's signal aborted.
      controller.destroy();
      expect(doc.querySelectorAll('sourcing-lens-badge,sourcing-lens-popover')).toHaveLength(0);
      expect(api.map.size).toBe(0);
      expect(doc.body.innerHTML).toBe(htmlBefore);
      expect(listeners.length).toBeGreaterThan(0);
      for (const l of listeners) {
        expect(l.signal, `listener for ${l.type} without a signal`).toBeDefined();
        expect(l.signal!.aborted, `listener for ${l.type} still attached`).toBe(true);
      }
      // No observer left: a change to the article starts no run.
      const runs = controller.metrics.metrics.runs;
      doc.querySelector('p')?.append(' changed');
      await new Promise((r) => setTimeout(r, 80));
      expect(controller.metrics.metrics.runs).toBe(runs);
      for (const undo of restore) undo();
    });
  }

  it('passes block kinds that match the page structure', () => {
    const dom = load(readFileSync(pagePath('bbc-1'), 'utf8'));
    const article = engine.extractArticleFast(dom.window.document)!;
    const kinds = blockKinds(article.blocks);
    expect(kinds[0]).toBe('heading');
    expect(kinds).toContain('list-item');
    expect(kinds).toContain('paragraph');
  });

  it('applies category toggles and the global switch at once, and re-analyses a changed article', async () => {
    const dom = load(seedHtml('dailymail-putin-flee'));
    const doc = dom.window.document;
    const htmlBefore = doc.body.innerHTML;
    const { controller, api } = startOn(dom);
    await controller.start();
    await until(() => controller.tabState.status === 'ready');
    const count = (category?: string) =>
      [...doc.querySelectorAll('sourcing-lens-badge')].filter(
        (b) => !(b as HTMLElement).hidden && (!category || (b as HTMLElement).dataset.category === category),
      ).length;
    const vague = count('vague');
    const all = count();
    expect(vague).toBeGreaterThan(0);

    api.calls.length = 0;
    controller.applySettings({
      ...DEFAULT_SETTINGS,
      categories: { ...DEFAULT_SETTINGS.categories, vague: false },
    });
    expect(api.calls).toEqual(['delete sourcing-lens-vague']);
    expect(count('vague')).toBe(0);
    expect(count()).toBe(all - vague);

    controller.applySettings({ ...DEFAULT_SETTINGS, enabled: false });
    expect(controller.tabState.status).toBe('off');
    expect(doc.querySelectorAll('sourcing-lens-badge')).toHaveLength(0);
    expect(api.map.size).toBe(0);
    expect(doc.body.innerHTML).toBe(htmlBefore);

    controller.applySettings(DEFAULT_SETTINGS);
    await until(() => controller.tabState.status === 'ready' && count() === all);

    // The page rewrites a paragraph into a new anonymous claim: a fresh run picks it up.
    const runs = controller.metrics.metrics.runs;
    const p = [...doc.querySelectorAll('article p')].at(-1)!;
    p.textContent = 'A senior Kremlin insider said the president had already left Moscow.';
    await until(() => controller.metrics.metrics.runs > runs && controller.tabState.status === 'ready');
    await until(() =>
      [...doc.querySelectorAll('sourcing-lens-badge')].some(
        (b) => p.contains(b) && (b as HTMLElement).dataset.category === 'anonymous',
      ),
    );
    controller.destroy();
    dom.window.close();
  });

  it("waits for the reader in 'click' mode, then analyses on request", async () => {
    const dom = load(seedHtml('sun-putin-coup'));
    const doc = dom.window.document;
    const loaded: string[] = [];
    const controller = new ContentController({
      doc,
      api: null,
      isArticle: isProbablyArticle,
      loadEngine: async () => {
        loaded.push('engine');
        return engine;
      },
      settings: { ...DEFAULT_SETTINGS, mode: 'click' },
      highlightApi: fakeHighlightApi(),
      settleMs: 20,
    });
    await controller.start();
    await new Promise((r) => setTimeout(r, 100));
    expect(loaded).toEqual([]);
    expect(doc.querySelectorAll('sourcing-lens-badge')).toHaveLength(0);
    // What a 'reanalyze' request from the popup does.
    await controller.analyse(true);
    expect(controller.tabState.status).toBe('ready');
    expect(doc.querySelectorAll('sourcing-lens-badge').length).toBeGreaterThan(0);
    controller.destroy();
  });

  it('does nothing further on a page that is not an article', async () => {
    const dom = load(
      '<!doctype html><html><body><nav><a href="/">Home</a></nav><ul><li><a href="/a">A</a></li></ul></body></html>',
    );
    const loaded: string[] = [];
    const controller = new ContentController({
      doc: dom.window.document,
      api: null,
      isArticle: isProbablyArticle,
      loadEngine: async () => {
        loaded.push('engine');
        return engine;
      },
      settings: DEFAULT_SETTINGS,
      highlightApi: fakeHighlightApi(),
    });
    await controller.start();
    expect(controller.tabState.status).toBe('not-article');
    await new Promise((r) => setTimeout(r, 50));
    expect(loaded).toEqual([]);
    controller.destroy();
    dom.window.close();
  });
});
