/**
 * Element classes that decide where a reader's paragraph starts and ends.
 * Anything not inline is a block boundary: two texts in different block
 * elements never run together ("end.Start").
 */

const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'ACRONYM',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'IMG',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'NOBR',
  'Q',
  'RP',
  'RT',
  'RUBY',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
  'O:P',
]);

/** Elements whose text is never shown as page text. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'SVG',
  'MATH',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

/** True when the element flows inside a line (custom elements default to inline in CSS). */
export function isInline(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  return INLINE_TAGS.has(tag) || tag.includes('-');
}

/** True for elements whose content a reader never reads as text. */
export function isSkipped(el: Element): boolean {
  return SKIP_TAGS.has(el.tagName.toUpperCase());
}

/** The nearest block-level ancestor of a node (inclusive for elements). */
export function blockAncestor(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el) {
    if (!isInline(el)) return el;
    el = el.parentElement;
  }
  return null;
}
