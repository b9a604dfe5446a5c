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
  private removeStyles: (() => void) | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly doc: Document,
    api: HighlightApi | null = nativeHighlightApi(doc),
  ) {
    this.api = api;
    this.supported = api !== null;
  }

  /**
   * Registers one highlight per category over the items' ranges; `visible` says
   * which are shown. `categories` names categories to register even with no item
   * yet: a drawing windowed to the viewport (see drawing.ts) starts them empty and
   * fills them with {@link add} and {@link remove} as the reader scrolls.
   */
  draw(
    items: readonly HighlightItem[],
    visible: (category: Category) => boolean,
    dark: boolean,
    categories: Iterable<Category> = [],
  ): void {
    if (!this.api) return;
    this.installStyles(dark);
    const byCategory = new Map<Category, AbstractRange[]>();
    for (const category of categories) byCategory.set(category, []);
    for (const item of items) {
      const list = byCategory.get(item.category);
      if (list) list.push(item.range);
      else byCategory.set(item.category, [item.range]);
    }
    for (const [category, ranges] of byCategory) {
      const highlight = this.api.create(ranges);
      highlight.priority = 1;
      this.highlights.set(category, highlight);
      this.setVisible(category, visible(category));
    }
  }

  /** Adds the items' ranges to their categories' highlights. */
  add(items: readonly HighlightItem[]): void {
    for (const item of items) this.highlights.get(item.category)?.add(item.range);
  }

  /** Takes the items' ranges out of their categories' highlights. */
  remove(items: readonly HighlightItem[]): void {
    for (const item of items) this.highlights.get(item.category)?.delete(item.range);
  }

  /**
   * Puts the `::highlight()` rules into the page (once). The rules apply only
   * under elements carrying our `HIGHLIGHT_ATTR` (the drawing marks the blocks
   * that hold claims): a rule that could match any element makes the browser
   * restyle the whole document when the sheet arrives, one 80-150 ms task on a
   * 200 000-word page, where a sheet that matches nothing yet costs a few ms and
   * each marked block restyles only itself.
   */
  installStyles(dark: boolean): void {
    if (!this.api) return;
    this.removeStyles ??= installPageStyles(this.doc, highlightCss(dark));
  }

  /** Shows or hides a category's highlight: one registry call. */
  setVisible(category: Category, on: boolean): void {
    if (!this.api) return;
    const highlight = this.highlights.get(category);
    const name = highlightName(category);
    if (on && highlight) this.api.registry.set(name, highlight);
    else this.api.registry.delete(name);
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
