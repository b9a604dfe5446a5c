/**
 * Names of everything the content script puts on a page. One prefix, so our
 * nodes are easy to recognise (and to ignore in the page watcher) and never
 * collide with the page's own names.
 */

/** Prefix of every element name, highlight name and attribute we add. */
export const PREFIX = 'sourcing-lens';

/** Inline badge host (an autonomous custom element name, so `attachShadow` is allowed without defining it). */
export const BADGE_TAG = `${PREFIX}-badge`;

/** The single popover host. */
export const POPOVER_TAG = `${PREFIX}-popover`;

/** `<style>` fallback for the page-level highlight styles (when adopted stylesheets are unavailable). */
export const STYLE_TAG_ID = `${PREFIX}-highlight-style`;

/** Registered name of a category's highlight in `CSS.highlights`. */
export function highlightName(category: string): string {
  return `${PREFIX}-${category}`;
}

/**
 * Attribute the drawing puts on each block element that holds a claim: the
 * page-level `::highlight()` rules apply only under it (see highlight-styles.ts).
 */
export const HIGHLIGHT_ATTR = `data-${PREFIX}-claims`;

/** Registered name of the temporary "flash" highlight used by scroll-to-claim and "show all". */
export const FLASH_HIGHLIGHT = `${PREFIX}-flash`;

/**
 * True when `node` is one of ours (a badge, the popover, our style element) or
 * lies inside one. Custom elements cannot be registered from a content script
 * in Chrome (`customElements` is null in the isolated world), so recognition
 * goes by tag name and id.
 */
export function isOwnNode(node: Node | null): boolean {
  let el: Element | null =
    node === null ? null : node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el) {
    const name = el.localName;
    if (name === BADGE_TAG || name === POPOVER_TAG || el.id === STYLE_TAG_ID) return true;
    el = el.parentElement;
  }
  return false;
}
