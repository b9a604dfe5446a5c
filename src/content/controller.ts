/**
 * The content script's controller: one per page load. It owns one root
 * AbortController (torn down on `pagehide`, when the extension context goes
 * away, or by `destroy()`), and while the extension is on for this site an
 * "active" controller under it that owns everything on the page (page watcher,
 * the current analysis run, the drawing). Switching off globally or for the
 * site aborts the active part and clears the page at once; switching on again
 * starts afresh without a reload.
 *
 * A run: idle → extract in slices → analyse (in the background, which keeps the
 * report for the popup; in idle-time slices here only when the background cannot) →
 * anchor every claim → draw in slices. The page watcher starts a fresh run when
 * the article changes or the URL does (SPA navigation).
 */
import { type AnalyzeOptions, CATEGORIES, type Report } from '../analysis/types.ts';
import type { ExtractedArticle } from '../extract/types.ts';
import {
  MESSAGE_LIMITS,
  type PageInfo,
  parseAnalyseResponse,
  requestBackground,
  type TabState,
} from '../messaging/index.ts';
import {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  loadSettings,
  type Settings,
  watchSettings,
} from '../settings/index.ts';
import { watchContext } from './context-guard.ts';
// Type only: the drawing code comes with the lazily loaded engine (see engine.ts).
import type { Drawing } from './drawing.ts';
import type { Engine } from './engine.ts';
import { type ExtensionApi, isContextAlive, safeSettingsArea } from './ext-api.ts';
import type { HighlightApi } from './highlighter.ts';
import { MetricsRecorder } from './metrics.ts';
import { PageWatcher, pageUrl } from './page-watcher.ts';
import { listenForRequests } from './requests.ts';
import { nextIdle, runSteps } from './scheduler.ts';
import { joinSplit, type TextSplit } from './text-splits.ts';

/** What the controller is built from (the real modules in the extension, fakes in tests). */
export interface ControllerDeps {
  doc: Document;
  /** The extension API, or null (tests without messaging or storage). */
  api: ExtensionApi | null;
  isArticle(doc: Document): boolean;
  /** Loads extraction and analysis (a dynamic import in the extension; called once, on an article). */
  loadEngine(): Promise<Engine>;
  /** Settings to use when there is no extension API (tests). */
  settings?: Settings;
  highlightApi?: HighlightApi | null;
  metrics?: MetricsRecorder;
  /** Quiet time of the page watcher, ms. */
  settleMs?: number;
}

/** Content re-checks of a non-article page per URL (a late-rendering article), so feeds stay cheap. */
const MAX_LATE_CHECKS = 3;

/** Quiet time of the watcher for a late article: longer than a run's, since it only re-checks. */
const LATE_SETTLE_MS = 500;

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

/** A child AbortController that also aborts with `parent`. */
function childOf(parent: AbortSignal): AbortController {
  const child = new AbortController();
  if (parent.aborted) child.abort(parent.reason);
  else
    parent.addEventListener('abort', () => child.abort(parent.reason), { once: true, signal: child.signal });
  return child;
}

/** Runs the content script on one page. */
export class ContentController {
  readonly root = new AbortController();
  readonly metrics: MetricsRecorder;
  private active: AbortController | null = null;
  private run: AbortController | null = null;
  private settings: Settings;
  private drawing: Drawing | null = null;
  private article: ExtractedArticle | null = null;
  private elements: { article: ExtractedArticle | null; list: readonly Element[] } = {
    article: null,
    list: [],
  };
  private report: Report | null = null;
  private splits: TextSplit[] = [];
  private watcher: PageWatcher | null = null;
  private state: TabState = { status: 'analysing' };
  private lateChecks = 0;
  private checkContext: () => boolean = () => true;
  private isArticlePage = false;
  private lateWatch: AbortController | null = null;
  private engine: Promise<Engine> | null = null;
  private checkedUrl = '';

  constructor(private readonly deps: ControllerDeps) {
    this.metrics = deps.metrics ?? new MetricsRecorder();
    this.settings = deps.settings ?? DEFAULT_SETTINGS;
  }

  /** The current state, as `get-report` answers it. */
  get tabState(): TabState {
    return this.state;
  }

  /** The current drawing (tests). */
  get currentDrawing(): Drawing | null {
    return this.drawing;
  }

  /** True once torn down. */
  get destroyed(): boolean {
    return this.root.signal.aborted;
  }

  /**
   * Starts: the cheap article check first; on a non-article page only the
   * message listener and a light watcher for late articles and SPA navigations
   * remain. Resolves once settings are read and the first run (if any) is scheduled.
   */
  async start(): Promise<void> {
    const { doc, api } = this.deps;
    const signal = this.root.signal;
    const view = doc.defaultView;
    // Only the browser's own pagehide: a page could dispatch a forged one to switch us off.
    view?.addEventListener('pagehide', (event) => event.isTrusted && this.destroy(), { signal });
    if (api) {
      this.checkContext = watchContext({
        signal,
        isAlive: () => isContextAlive(api),
        onGone: () => this.destroy(),
        doc,
      });
      this.listenForMessages(api);
    }
    this.isArticlePage = this.isArticleNow();
    if (this.isArticlePage) this.checkedUrl = pageUrl(doc.location.href);
    if (!this.isArticlePage) {
      this.state = { status: 'not-article', page: this.pageInfo() };
      this.watchForLateArticle();
      return;
    }
    await this.loadAndWatchSettings();
  }

  private async loadAndWatchSettings(): Promise<void> {
    const { api } = this.deps;
    if (api && !this.destroyed) {
      try {
        const area = safeSettingsArea(api.storage.sync);
        this.settings = await loadSettings(area);
        watchSettings(area, (s) => this.applySettings(s), this.root.signal);
      } catch {
        if (!this.checkContext()) return;
      }
    }
    if (!this.destroyed) this.applySettings(this.settings);
  }

  /** Applies settings at once: on/off for this site, category toggles. */
  applySettings(settings: Settings): void {
    if (this.destroyed) return;
    const before = this.settings;
    this.settings = settings;
    const enabled = isSiteEnabled(settings, this.deps.doc.location.hostname);
    if (!enabled) {
      if (this.active || this.state.status !== 'off') this.deactivate();
      return;
    }
    if (!this.active) {
      this.activate();
      return;
    }
    if (this.drawing) {
      for (const c of CATEGORIES) {
        if (before.categories[c] !== settings.categories[c])
          this.drawing.setVisible(c, settings.categories[c]);
      }
    }
  }

  private activate(): void {
    this.active = childOf(this.root.signal);
    const signal = this.active.signal;
    this.watcher = new PageWatcher({
      doc: this.deps.doc,
      signal,
      articleElements: () => this.articleElements(),
      // In 'click' mode a new page waits for the reader again; a changed article is still re-analysed.
      onNavigate: () => (this.settings.mode === 'auto' ? this.analyse(true) : this.awaitReader()),
      onArticleChange: () => {
        if (this.article) return this.analyse(false);
        // No article found yet: content arriving may be one loading late, but a feed that keeps
        // growing must not cost a full extraction per batch: a few looks per page.
        if (this.settings.mode === 'auto' && this.lookAgain(false)) return this.analyse(false);
      },
      settleMs: this.deps.settleMs,
    });
    if (this.settings.mode === 'auto') void this.analyse(true);
    else this.setState({ status: 'analysing', page: this.pageInfo() }, false);
  }

  /** 'click' mode after a navigation: nothing on the page until the reader asks (a `reanalyze`). */
  private awaitReader(): void {
    this.run?.abort();
    this.run = null;
    this.mutate(() => this.clearPage());
    this.article = null;
    this.report = null;
    this.setState({ status: 'analysing', page: this.pageInfo() }, false);
  }

  /** Switches off: everything leaves the page, the background hears "off". */
  private deactivate(): void {
    this.active?.abort();
    this.active = null;
    this.run = null;
    this.watcher = null;
    this.clearPage();
    this.article = null;
    this.report = null;
    this.setState({ status: 'off', page: this.pageInfo() });
  }

  /** Tears everything down (pagehide, context gone, tests). Safe to call twice. */
  destroy(): void {
    if (this.destroyed) return;
    this.root.abort();
    this.active = null;
    this.run = null;
    this.watcher = null;
    this.clearPage();
  }

  /** Removes the drawing and joins every text node we split, newest first. */
  private clearPage(): void {
    this.detachDrawing();
    for (let i = this.splits.length - 1; i >= 0; i--) joinSplit(this.splits[i]!);
    this.splits = [];
  }

  private detachDrawing(): void {
    if (!this.drawing) return;
    this.splits.push(...this.drawing.detach());
    this.drawing = null;
    // Splits whose nodes both left the page (re-rendered away) need no joining later.
    this.splits = this.splits.filter((s) => s.head.isConnected || s.tail.isConnected);
  }

  /** Starts a fresh run (a navigation or a reader's request) or a re-run after the article changed. */
  analyse(fresh: boolean): Promise<void> {
    if (!this.active || this.destroyed) return Promise.resolve();
    if (fresh) this.lookAgain(true);
    this.run?.abort();
    const run = childOf(this.active.signal);
    this.run = run;
    return this.runOnce(run.signal, fresh).catch((error: unknown) => {
      if (run.signal.aborted) return;
      const message = error instanceof Error ? error.message : String(error);
      this.setState({
        status: 'error',
        error: clip(message, MESSAGE_LIMITS.errorLength),
        page: this.pageInfo(),
      });
    });
  }

  private async runOnce(signal: AbortSignal, fresh: boolean): Promise<void> {
    const deps = this.deps;
    const doc = deps.doc;
    const m = this.metrics;
    if (fresh || this.state.status !== 'ready') this.setState({ status: 'analysing', page: this.pageInfo() });
    await nextIdle(signal);
    m.metrics.runs++;
    // A navigation needs the article check again; the first run comes right after start()'s.
    const url = pageUrl(doc.location.href);
    if (fresh && url !== this.checkedUrl && !this.isArticleNow()) {
      this.showNotArticle();
      return;
    }
    this.checkedUrl = url;
    this.engine ??= deps.loadEngine();
    const engine = await this.engine;
    if (signal.aborted) throw signal.reason;
    const slices = (phase: string) => (ms: number) => m.addTask(ms, phase);
    const extractStart = m.metrics.phases.extract ?? 0;
    const article = await runSteps(engine.extractArticleFastSteps(doc), {
      signal,
      onSlice: slices('extract'),
    });
    m.metrics.extractMs = (m.metrics.phases.extract ?? 0) - extractStart;
    if (!article) {
      this.showNotArticle();
      return;
    }
    const input = article.blocks.map((b) => b.text);
    const options = { bodyStart: article.bodyStart, blockKinds: engine.blockKinds(article.blocks) };
    const page = this.pageInfo(article.title);
    const remote = await this.analyseInBackground(input, options, page);
    if (signal.aborted) throw signal.reason;
    let report = remote;
    if (!report) {
      const analyzeSteps = await engine.loadAnalysis();
      report = await runSteps(analyzeSteps(input, options), { signal, onSlice: slices('analyse') });
    }
    const problem = engine.alignmentProblem(report, article);
    if (problem) throw new Error(`Report does not match the page: ${problem}`);
    // The background keeps the report it made as the tab's state; ours must say the same at
    // once, since a lost stored state is healed from our answer to `get-report`.
    if (remote) this.setState({ status: 'ready', report, page }, false);
    const { anchored } = await runSteps(engine.anchorSteps(report, article), {
      signal,
      onSlice: slices('anchor'),
    });

    // Everything is resolved; now swap the old drawing for the new one.
    await nextIdle(signal);
    const dark = m.time(() => {
      const sample = article.blocks[article.bodyStart]?.element ?? article.blocks[0]?.element ?? doc.body;
      return engine.isDarkText(sample);
    }, 'theme');
    m.time(() => this.detachDrawing(), 'detach');
    this.article = article;
    this.report = report;
    const drawing = new engine.Drawing({
      doc,
      report,
      anchored,
      dark,
      isVisible: (c) => this.settings.categories[c],
      mutate: (write) => this.mutate(write),
      highlightApi: deps.highlightApi,
    });
    this.drawing = drawing;
    await runSteps(drawing.prepareSteps(), { signal, onSlice: slices('draw') });
    await runSteps(drawing.placeSteps(), { signal, onSlice: slices('place') });
    await runSteps(drawing.finishSteps(), { signal, onSlice: slices('highlight') });
    if (m.metrics.drawnAfterMs === null) m.drawn();
    else m.mark('redrawn');
    // The background already keeps a report it made; one made here is sent to it.
    this.setState({ status: 'ready', report, page }, remote === null);
  }

  /**
   * Has the background analyse the blocks, so the page's main thread does not: here only
   * the message's serialisation and the answer's check run. Resolves null when there is
   * no background to ask or it gives no valid answer (then the page analyses in slices).
   */
  private async analyseInBackground(
    blocks: string[],
    options: Required<AnalyzeOptions>,
    page: PageInfo,
  ): Promise<Report | null> {
    const { api } = this.deps;
    if (!api) return null;
    const m = this.metrics;
    const started = m.now();
    try {
      const raw = await m.time(
        () =>
          api.runtime.sendMessage({
            type: 'analyse',
            blocks,
            bodyStart: options.bodyStart,
            blockKinds: [...options.blockKinds],
            page,
          }),
        'analyse-send',
      );
      const answer = m.time(() => parseAnalyseResponse(raw), 'analyse-receive');
      m.metrics.backgroundMs = m.now() - started;
      return answer?.report ?? null;
    } catch {
      this.checkContext();
      return null;
    }
  }

  private mutate(write: () => void): void {
    if (this.watcher && this.active && !this.active.signal.aborted) this.watcher.mutate(write);
    else write();
  }

  private pageInfo(title?: string): PageInfo {
    const { doc } = this.deps;
    return {
      url: clip(doc.location.href, MESSAGE_LIMITS.urlLength),
      title: clip(title || doc.title || '', MESSAGE_LIMITS.titleLength),
    };
  }

  private setState(state: TabState, send = true): void {
    this.state = state;
    if (send) void this.sendState();
  }

  private async sendState(): Promise<void> {
    const { api } = this.deps;
    if (!api || this.destroyed) return;
    try {
      // The message is serialised synchronously inside sendMessage: count it (a long report costs).
      const state = this.state;
      await requestBackground((m) => this.metrics.time(() => api.runtime.sendMessage(m), 'report-send'), {
        type: 'report',
        ...state,
      });
      if (state.status === 'ready') this.metrics.mark('reported');
    } catch {
      // No background answer: fine while it starts up; a dead context means we are orphaned.
      this.checkContext();
    }
  }

  /** A non-article page: watch cheaply for SPA navigations and an article that renders late. */
  private watchForLateArticle(): void {
    const lateSignal = childOf(this.root.signal);
    this.lateWatch = lateSignal;
    const recheck = (fresh: boolean): void => {
      if (this.destroyed || this.isArticlePage || !this.lookAgain(fresh)) return;
      if (!this.isArticleNow()) {
        this.state = { status: 'not-article', page: this.pageInfo() };
        return;
      }
      this.becomeArticlePage();
    };
    new PageWatcher({
      doc: this.deps.doc,
      signal: lateSignal.signal,
      articleElements: () => [],
      onNavigate: () => recheck(true),
      onArticleChange: () => recheck(false),
      settleMs: LATE_SETTLE_MS,
    });
  }

  /** `get-report`, `scroll-to-claim`, `reanalyze` from our popup or background (see requests.ts). */
  private listenForMessages(api: ExtensionApi): void {
    listenForRequests(
      api,
      {
        alive: () => this.checkContext(),
        state: () => this.state,
        scrollToClaim: (index) => {
          const drawing = this.drawing;
          if (!drawing?.has(index)) return false;
          this.metrics.time(() => drawing.showClaim(index), 'scroll');
          return true;
        },
        reanalyze: () => {
          // A late article the reader asks about ("Check again" in the popup).
          if (!this.isArticlePage && this.isArticleNow()) this.becomeArticlePage();
          else if (this.active) void this.analyse(true);
          return this.active !== null || this.isArticlePage;
        },
      },
      this.root.signal,
    );
  }

  /**
   * Whether to look at a page without an article once more: a new page (`fresh`: a
   * navigation, the reader's request) starts the count afresh; each content change
   * spends one of {@link MAX_LATE_CHECKS}.
   */
  private lookAgain(fresh: boolean): boolean {
    if (fresh) {
      this.lateChecks = 0;
      return true;
    }
    return ++this.lateChecks <= MAX_LATE_CHECKS;
  }

  /** The current article's block elements, the same array until the article changes. */
  private articleElements(): readonly Element[] {
    if (this.elements.article !== this.article) {
      this.elements = { article: this.article, list: this.article?.blocks.map((b) => b.element) ?? [] };
    }
    return this.elements.list;
  }

  private isArticleNow(): boolean {
    return this.metrics.time(() => this.deps.isArticle(this.deps.doc), 'article-check');
  }

  /** A page first taken for a non-article turned out to hold one: stop watching for it and start. */
  private becomeArticlePage(): void {
    this.isArticlePage = true;
    this.lateWatch?.abort();
    void this.loadAndWatchSettings();
  }

  /** No article here (any more): our drawing leaves, and the background hears so. */
  private showNotArticle(): void {
    this.mutate(() => this.clearPage());
    this.article = null;
    this.setState({ status: 'not-article', page: this.pageInfo() });
  }

  /** The report of the current drawing (tests). */
  get currentReport(): Report | null {
    return this.report;
  }
}
