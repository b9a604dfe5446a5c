import { isBoilerplate } from './boilerplate.ts';
import { isSkipped } from './elements.ts';
import type { VisibilityChecker } from './visibility.ts';

/**
 * The cheap way to the article body, without Readability: the page's own
 * markup (`itemprop=articleBody`, `<article>`, `<main>`), else the element that
 * directly holds the most paragraph text. One pass over the paragraphs; used on
 * huge pages and when Readability finds nothing.
 */
export function findFallbackRoot(doc: Document, visibility: VisibilityChecker): Element | null {
  const body = doc.body;
  if (!body) return null;
  const marked = [
    ...body.querySelectorAll(
      '[itemprop~="articleBody"], [property~="articleBody"], article, main, [role="main"]',
    ),
  ].filter((el) => visibility.isVisible(el) && !insideBoilerplate(el, body));
  // Score each marked container by its paragraph text; among those holding nearly all of
  // the richest one's text, take the innermost (a page-wide <main> also holds related links).
  const scored = marked.map((el) => ({ el, score: paragraphText(el) }));
  const top = Math.max(0, ...scored.map((c) => c.score));
  let best: Element | null = null;
  let bestScore = 0;
  for (const c of scored) {
    if (c.score < 0.8 * top) continue;
    if (!best || best.contains(c.el)) {
      best = c.el;
      bestScore = c.score;
    }
  }
  if (best && bestScore >= 250) return best;
  // No usable markup: the parent holding the most <p> text.
  const byParent = new Map<Element, number>();
  for (const p of body.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (!parent || insideBoilerplate(p, body) || !visibility.isVisible(p)) continue;
    byParent.set(parent, (byParent.get(parent) ?? 0) + (p.textContent ?? '').trim().length);
  }
  for (const [el, score] of byParent) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best && bestScore >= 250 ? best : null;
}

function paragraphText(el: Element): number {
  let n = 0;
  for (const p of el.querySelectorAll('p')) n += (p.textContent ?? '').trim().length;
  return n;
}

function insideBoilerplate(el: Element, stop: Element): boolean {
  for (let cur: Element | null = el; cur && cur !== stop; cur = cur.parentElement) {
    if (isSkipped(cur) || isBoilerplate(cur)) return true;
  }
  return false;
}
