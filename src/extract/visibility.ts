/**
 * Is an element of the ORIGINAL document visible to a reader? Cheap checks that
 * hold in every DOM (attributes, inline style, screen-reader-only classes), plus
 * the engine's own `checkVisibility()` where it exists and is asked for.
 * Results are cached per element: ancestors are shared by many text nodes.
 */

/** Class tokens sites use for text kept only for screen readers or hidden outright. */
const HIDDEN_CLASSES = new Set([
  'sr-only',
  'sr-text',
  'visually-hidden',
  'visuallyhidden',
  'screen-reader-text',
  'screen-reader-only',
  'screenreader-only',
  'off-screen',
  'offscreen',
  'a11y-hidden',
  'element-invisible',
  'u-vh',
  'vh',
  'hidden',
  'is-hidden',
  'hide',
]);

/** The checks that need no layout: the element itself, ignoring ancestors. */
function selfHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  if (style) {
    const display = style.getPropertyValue('display');
    if (display === 'none') return true;
    const visibility = style.getPropertyValue('visibility');
    if (visibility === 'hidden' || visibility === 'collapse') return true;
  }
  const cls = el.classList;
  if (cls && cls.length > 0) {
    for (const token of cls) if (HIDDEN_CLASSES.has(token.toLowerCase())) return true;
  }
  return false;
}

type VisibilityCheckable = Element & {
  checkVisibility?: (opts?: { visibilityProperty?: boolean; checkVisibilityCSS?: boolean }) => boolean;
};

/** A per-extraction visibility oracle with caches. */
export class VisibilityChecker {
  private readonly cheap = new Map<Element, boolean>();
  private readonly computed = new Map<Element, boolean>();
  private readonly useComputed: boolean;

  constructor(doc: Document, computed: boolean | 'auto' = 'auto') {
    const probe = doc.body as VisibilityCheckable | null;
    const available = !!probe && typeof probe.checkVisibility === 'function';
    // 'auto' trusts computed visibility only where a layout engine exists (a real
    // browser): happy-dom implements checkVisibility without layout, slowly and
    // approximately; jsdom not at all. An explicit true forces it where it exists.
    const laidOut = available && hasLayout(doc);
    this.useComputed = available && (computed === true || (computed === 'auto' && laidOut));
  }

  /** True when the element and all its ancestors are visible. */
  isVisible(el: Element | null): boolean {
    if (!el) return true;
    if (!this.cheapVisible(el)) return false;
    if (!this.useComputed) return true;
    let known = this.computed.get(el);
    if (known === undefined) {
      // checkVisibility covers the ancestors itself; one call per distinct parent element.
      known = (el as VisibilityCheckable).checkVisibility!({
        visibilityProperty: true,
        checkVisibilityCSS: true,
      });
      this.computed.set(el, known);
    }
    return known;
  }

  private cheapVisible(el: Element): boolean {
    const chain: Element[] = [];
    let cur: Element | null = el;
    let visible = true;
    // Iterative, not recursive: page trees can be thousands deep.
    while (cur) {
      const known = this.cheap.get(cur);
      if (known !== undefined) {
        visible = known;
        break;
      }
      chain.push(cur);
      cur = cur.parentElement;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i]!;
      visible = visible && !selfHidden(node);
      this.cheap.set(node, visible);
    }
    return visible;
  }
}

/** True when the document has been laid out (a real browser rendering it). */
function hasLayout(doc: Document): boolean {
  const root = doc.documentElement as Element | null;
  if (!root || typeof root.getBoundingClientRect !== 'function') return false;
  const rect = root.getBoundingClientRect();
  return rect.width > 0 || rect.height > 0;
}
