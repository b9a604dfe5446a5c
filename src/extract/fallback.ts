import { isBoilerplate } from './boilerplate.ts';
import { isSkipped } from './elements.ts';
import type { VisibilityChecker } from './visibility.ts';

/** Paragraphs measured per slice of {@link findFallbackRootSteps} (each reads its text). */
const PARAGRAPH_SLICE = 300;

/**
 * The cheap way to the article body, without Readability: the page's own
 * markup (`itemprop=articleBody`, `<article>`, `<main>`), else the element that
 * directly holds the most paragraph text. One pass over the paragraphs; used on
 * huge pages and when Readability finds nothing. Resumable: yields every few
 * hundred paragraphs, since reading a huge page's text is tens of milliseconds.
 */
export function* findFallbackRootSteps(
  doc: Document,
  visibility: VisibilityChecker,
): Generator<void, Element | null, void> {
  const body = doc.body;
  if (!body) return null;
  const marked = [
    ...body.querySelectorAll(
      '[itemprop~="articleBody"], [property~="articleBody"], article, main, [role="main"]',
    ),
  ].filter((el) => visibility.isVisible(el) && !insideBoilerplate(el, body));
  // Score each marked container by its paragraph text; among those holding nearly all of
  // the richest one's text, take the innermost (a page-wide <main> also holds related links).
  const scored: { el: Element; score: number }[] = [];
  for (const el of marked) scored.push({ el, score: yield* paragraphText(el) });
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
  let seen = 0;
  for (const p of body.querySelectorAll('p')) {
    if (++seen % PARAGRAPH_SLICE === 0) yield;
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

function* paragraphText(el: Element): Generator<void, number, void> {
  let n = 0;
  let seen = 0;
  for (const p of el.querySelectorAll('p')) {
    if (++seen % PARAGRAPH_SLICE === 0) yield;
    n += (p.textContent ?? '').trim().length;
  }
  return n;
}

function insideBoilerplate(el: Element, stop: Element): boolean {
  for (let cur: Element | null = el; cur && cur !== stop; cur = cur.parentElement) {
    if (isSkipped(cur) || isBoilerplate(cur)) return true;
  }
  return false;
}
