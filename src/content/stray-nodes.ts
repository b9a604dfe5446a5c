/**
 * Nodes left on the page by an earlier instance of the content script: after an
 * extension reload or update the old (orphaned) script notices within a couple
 * of seconds and removes its own nodes; in Firefox its sandbox is simply gone
 * and its nodes stay. A new instance waits briefly for the old one to leave, so
 * the two never edit the same text nodes, then removes whatever is left.
 */
import { BADGE_TAG, HIGHLIGHT_ATTR, POPOVER_TAG, STYLE_TAG_ID } from './dom-names.ts';

/** Our elements currently in `doc`. */
export function strayNodes(doc: Document): Element[] {
  return [...doc.querySelectorAll(`${BADGE_TAG},${POPOVER_TAG},#${STYLE_TAG_ID}`)];
}

/** Waits up to `waitMs` for stray nodes to go, then removes the rest (and the marks
 * an old drawing left on block elements). Resolves at once on a clean page. */
export async function takeOverPage(doc: Document, waitMs = 2500, pollMs = 250): Promise<void> {
  const until = Date.now() + waitMs;
  let stray = strayNodes(doc);
  while (stray.length > 0 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    stray = strayNodes(doc);
  }
  for (const node of stray) node.remove();
  for (const element of doc.querySelectorAll(`[${HIGHLIGHT_ATTR}]`)) element.removeAttribute(HIGHLIGHT_ATTR);
}
