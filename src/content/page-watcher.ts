/**
 * Watches the page for changes that matter to us, with one batched
 * MutationObserver. The observer callback only notes that something changed
 * (it never walks added nodes); the check runs later, once per batch, after
 * the page has been quiet for a moment. Two things are reported:
 *
 * - a navigation: the URL (without its #fragment) changed. Content scripts live
 *   in an isolated world, so patching `history.pushState` there would not see
 *   the page's own calls; instead we listen to the Navigation API's
 *   `navigatesuccess` where it exists, to `popstate`, and compare the URL on
 *   every mutation batch (an SPA re-renders when it navigates).
 * - an article change: a mutation touched the article (a block's element or
 *   anything inside or around it) or an article block left the page.
 *
 * Our own nodes are ignored: owners wrap their DOM writes in `mutate()`, which
 * disconnects the observer and throws away the records, and a badge or the
 * popover found in a record is skipped as well.
 */
import { isOwnNode } from './dom-names.ts';

/** Options for {@link PageWatcher}. */
export interface PageWatcherOptions {
  doc: Document;
  signal: AbortSignal;
  /**
   * The article's block elements right now (empty when there is no article). Return the
   * same array while the article stays the same: the watcher keeps its lookup set per array.
   */
  articleElements(): readonly Element[];
  onNavigate(url: string): void;
  onArticleChange(): void;
  /** Quiet time before a batch is checked, in ms. Default 250. */
  settleMs?: number;
}

/** Elements that never bring article text. */
const NON_CONTENT = new Set(['LINK', 'SCRIPT', 'STYLE', 'META', 'NOSCRIPT', 'TEMPLATE', 'IFRAME']);

/** Most records kept per batch; beyond that the batch counts as an article change. */
const MAX_RECORDS = 400;

/** The URL without its fragment: a jump to an anchor is not a navigation. */
export function pageUrl(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

/** One MutationObserver and the navigation listeners, torn down with the signal. */
export class PageWatcher {
  private readonly observer: MutationObserver;
  private pending: MutationRecord[] = [];
  private overflow = false;
  private blocks: { list: readonly Element[]; set: Set<Node> } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private url: string;
  private observing = false;

  constructor(private readonly options: PageWatcherOptions) {
    const { doc, signal } = options;
    const view = doc.defaultView!;
    this.url = pageUrl(doc.location.href);
    this.observer = new view.MutationObserver((records) => this.note(records));
    this.observe();
    const nav = (view as Window & { navigation?: EventTarget }).navigation;
    nav?.addEventListener?.('navigatesuccess', () => this.checkUrl(), { signal });
    view.addEventListener('popstate', () => this.checkUrl(), { signal });
    signal.addEventListener(
      'abort',
      () => {
        this.observer.disconnect();
        this.observing = false;
        if (this.timer !== null) clearTimeout(this.timer);
        this.pending = [];
      },
      { once: true },
    );
  }

  /** Runs `write` unobserved (our own DOM changes). */
  mutate(write: () => void): void {
    const was = this.observing;
    if (was) {
      this.pending.push(...this.observer.takeRecords());
      this.observer.disconnect();
      this.observing = false;
    }
    try {
      write();
    } finally {
      if (was && !this.options.signal.aborted) this.observe();
    }
  }

  private observe(): void {
    const root = this.options.doc.documentElement;
    if (!root) return;
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
    this.observing = true;
  }

  /** The observer callback: note and schedule, nothing more. */
  private note(records: MutationRecord[]): void {
    if (this.pending.length + records.length > MAX_RECORDS) {
      this.overflow = true;
      this.pending = [];
    } else if (!this.overflow) {
      this.pending.push(...records);
    }
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.options.settleMs ?? 250);
  }

  private checkUrl(): boolean {
    if (this.options.signal.aborted) return false;
    const now = pageUrl(this.options.doc.location.href);
    if (now === this.url) return false;
    this.url = now;
    this.pending = [];
    this.overflow = false;
    this.options.onNavigate(now);
    return true;
  }

  private flush(): void {
    this.timer = null;
    if (this.options.signal.aborted) return;
    if (this.checkUrl()) return;
    const records = this.pending;
    const overflow = this.overflow;
    this.pending = [];
    this.overflow = false;
    if (overflow || this.touchesArticle(records)) this.options.onArticleChange();
  }

  /** The blocks as a Set, rebuilt only when the owner hands over a new list (a new article). */
  private blockSetOf(elements: readonly Element[]): Set<Node> {
    if (this.blocks?.list !== elements) this.blocks = { list: elements, set: new Set<Node>(elements) };
    return this.blocks.set;
  }

  /** True when a batch changed the article (and not only our own nodes). */
  private touchesArticle(records: readonly MutationRecord[]): boolean {
    const elements = this.options.articleElements();
    if (elements.length === 0) {
      // No article yet: content arriving in the body may be the article loading late
      // (not <link>/<script>/<style> nodes, which a page adds for itself all the time).
      const body = this.options.doc.body;
      return records.some(
        (r) =>
          !isOwnRecord(r) &&
          body !== null &&
          body.contains(r.target) &&
          [...r.addedNodes].some(
            (n) => n.nodeType === 3 || (n.nodeType === 1 && !NON_CONTENT.has(n.nodeName)),
          ),
      );
    }
    if (elements.some((el) => !el.isConnected)) return true;
    const blockSet = this.blockSetOf(elements);
    // Every ancestor of a block, built once per batch, so each record costs one lookup.
    let containers: Set<Node> | null = null;
    for (const record of records) {
      if (isOwnRecord(record)) continue;
      // The target is inside a block (text edited, an inline node added or removed)…
      for (let n: Node | null = record.target; n; n = n.parentNode) {
        if (blockSet.has(n)) return true;
      }
      // …or a container of blocks got new children (a paragraph added to the body).
      if (record.type === 'childList' && record.addedNodes.length > 0) {
        containers ??= ancestorsOf(elements);
        if (containers.has(record.target)) {
          for (const added of record.addedNodes) if (!isOwnNode(added)) return true;
        }
      }
    }
    return false;
  }
}

function isOwnRecord(record: MutationRecord): boolean {
  if (isOwnNode(record.target)) return true;
  if (record.type !== 'childList') return false;
  const all = [...record.addedNodes, ...record.removedNodes];
  return all.length > 0 && all.every((n) => isOwnNode(n));
}

function ancestorsOf(elements: readonly Element[]): Set<Node> {
  const set = new Set<Node>();
  for (const el of elements) {
    for (let n: Node | null = el.parentNode; n && !set.has(n); n = n.parentNode) set.add(n);
  }
  return set;
}
