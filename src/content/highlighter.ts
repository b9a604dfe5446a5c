/**
 * Page highlights with the CSS Custom Highlight API: one `Highlight` per
 * category registered under `sourcing-lens-<category>`, so turning a category
 * off or on is a single registry call and the page's text nodes are never
 * touched. Where the API is missing, `supported` is false and every method is
 * a no-op (the badges still show the claims).
 */
import type { Category } from '../analysis/types.ts';
import { FLASH_HIGHLIGHT, highlightName } from './dom-names.ts';
import { highlightCss } from './highlight-styles.ts';
import { installPageStyles } from './page-styles.ts';

/** Above this many ranges, highlights hold only the ranges near the viewport. */
export const WINDOW_ABOVE = 400;

/** One range to highlight, with its category and the block element it lies in. */
export interface HighlightItem {
  category: Category;
  range: AbstractRange;
  element: Element;
}

/** The parts of the API we use (structural, so tests can pass a fake). */
export interface HighlightApi {
  registry: {
    set(name: string, highlight: Highlight): unknown;
    delete(name: string): boolean;
    get(name: string): Highlight | undefined;
  };
  create(ranges: AbstractRange[]): Highlight;
}

/** The browser's API for `doc`, or null where it is missing. */
export function nativeHighlightApi(doc: Document): HighlightApi | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = view?.CSS?.highlights;
  const Ctor = view?.Highlight;
  if (!registry || typeof Ctor !== 'function') return null;
  return { registry, create: (ranges) => new Ctor(...ranges) };
}

/** Draws and toggles the category highlights of one drawing. */
export class Highlighter {
  readonly supported: boolean;
  private readonly api: HighlightApi | null;
  private readonly highlights = new Map<Category, Highlight>();
  private readonly visible = new Map<Category, boolean>();
  private removeStyles: (() => void) | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | null = null;
  private observer: IntersectionObserver | null = null;

  constructor(
    private readonly doc: Document,
    api: HighlightApi | null = nativeHighlightApi(doc),
  ) {
    this.api = api;
    this.supported = api !== null;
  }

  /**
   * Registers one highlight per category over the items' ranges; `visible` says
   * which are shown. On a page with very many claims only the ranges of blocks
   * near the viewport are in the highlights (kept up to date by an
   * IntersectionObserver): the browser re-resolves every registered range after
   * each DOM change, which would cost hundreds of milliseconds per frame with
   * thousands of ranges.
   */
  draw(items: readonly HighlightItem[], visible: (category: Category) => boolean, dark: boolean): void {
    if (!this.api) return;
    this.removeStyles ??= installPageStyles(this.doc, highlightCss(dark));
    const view = this.doc.defaultView as (Window & typeof globalThis) | null;
    const windowed = items.length > WINDOW_ABOVE && typeof view?.IntersectionObserver === 'function';
    const byCategory = new Map<Category, AbstractRange[]>();
    for (const item of windowed ? [] : items) {
      const list = byCategory.get(item.category);
      if (list) list.push(item.range);
      else byCategory.set(item.category, [item.range]);
    }
    const categories = new Set(items.map((i) => i.category));
    for (const category of categories) {
      const highlight = this.api.create(byCategory.get(category) ?? []);
      highlight.priority = 1;
      this.highlights.set(category, highlight);
      this.setVisible(category, visible(category));
    }
    if (windowed && view) this.watchViewport(items, view);
  }

  /** Keeps the highlights holding only the ranges of blocks within a screen or two of the viewport. */
  private watchViewport(items: readonly HighlightItem[], view: Window & typeof globalThis): void {
    const byElement = new Map<Element, HighlightItem[]>();
    for (const item of items) {
      const list = byElement.get(item.element);
      if (list) list.push(item);
      else byElement.set(item.element, [item]);
    }
    this.observer = new view.IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          for (const item of byElement.get(entry.target) ?? []) {
            const highlight = this.highlights.get(item.category);
            if (!highlight) continue;
            if (entry.isIntersecting) highlight.add(item.range);
            else highlight.delete(item.range);
          }
        }
      },
      { rootMargin: '200% 0px 200% 0px' },
    );
    for (const element of byElement.keys()) this.observer.observe(element);
  }

  /** Shows or hides a category's highlight: one registry call. */
  setVisible(category: Category, on: boolean): void {
    this.visible.set(category, on);
    if (!this.api) return;
    const highlight = this.highlights.get(category);
    const name = highlightName(category);
    if (on && highlight) this.api.registry.set(name, highlight);
    else this.api.registry.delete(name);
  }

  /** True when the category's highlight is registered. */
  isShown(category: Category): boolean {
    return this.api?.registry.get(highlightName(category)) !== undefined;
  }

  /** Briefly fills `range` so the reader's eye finds it after a scroll. */
  flash(range: AbstractRange, ms = 1600): void {
    if (!this.api) return;
    if (this.flashTimer !== null) clearTimeout(this.flashTimer);
    const highlight = this.api.create([range]);
    highlight.priority = 2;
    this.api.registry.set(FLASH_HIGHLIGHT, highlight);
    this.flashTimer = setTimeout(() => {
      this.flashTimer = null;
      this.api?.registry.delete(FLASH_HIGHLIGHT);
    }, ms);
  }

  /** Unregisters every highlight and removes our styles. */
  destroy(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.flashTimer !== null) clearTimeout(this.flashTimer);
    this.flashTimer = null;
    if (this.api) {
      for (const category of this.highlights.keys()) this.api.registry.delete(highlightName(category));
      this.api.registry.delete(FLASH_HIGHLIGHT);
    }
    this.highlights.clear();
    this.removeStyles?.();
    this.removeStyles = null;
  }
}
