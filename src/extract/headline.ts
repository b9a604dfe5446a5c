import type { VisibilityChecker } from './visibility.ts';
import { looseKey } from './whitespace.ts';

/** The page's own title claims, best first: what the headline element should read. */
export function titleCandidates(doc: Document, readabilityTitle: string): string[] {
  const out: string[] = [];
  const push = (t: string | null | undefined) => {
    const v = t?.trim();
    if (v && !out.includes(v)) out.push(v);
  };
  push(readabilityTitle);
  push(doc.querySelector('meta[property="og:title"]')?.getAttribute('content'));
  push(doc.querySelector('meta[name="twitter:title"]')?.getAttribute('content'));
  push(doc.title);
  return out;
}

/** Does a heading's text read as this title (ignoring case, punctuation and a site-name suffix)? */
function matches(headingKey: string, titleKey: string): boolean {
  if (!headingKey || !titleKey) return false;
  if (headingKey === titleKey) return true;
  // "<headline> - Site Name" titles, or a heading with a kicker: one holds the other and most of it.
  const [short, long] = headingKey.length < titleKey.length ? [headingKey, titleKey] : [titleKey, headingKey];
  return short.length >= 15 && short.length >= 0.6 * long.length && long.includes(short);
}

/**
 * The visible headline element of the ORIGINAL document: the first h1 (then h2,
 * then `itemprop=headline`) whose text reads as one of the titles. Null when none
 * does: an unrelated h1 (a section name) is never taken for the headline.
 */
export function findHeadline(doc: Document, titles: string[], visibility: VisibilityChecker): Element | null {
  const keys = titles.map(looseKey).filter((k) => k.length > 0);
  if (keys.length === 0 || !doc.body) return null;
  for (const selector of ['h1', 'h2', '[itemprop~="headline"]']) {
    for (const el of doc.body.querySelectorAll(selector)) {
      const key = looseKey(el.textContent ?? '');
      if (key && keys.some((k) => matches(key, k)) && visibility.isVisible(el)) return el;
    }
  }
  return null;
}

/** Class, id or itemprop naming a standfirst (or an intro, outside the body). */
const STANDFIRST_HINT =
  /standfirst|(^|[-_\s])dek($|[-_\s])|subhead|sub-head|strapline|summary|intro|lede|deck/i;

/**
 * The standfirst (dek, summary line) shown between the headline and the body:
 * the first visible element after the headline and before `bodyFirst` whose
 * class, id or itemprop names it as one, or whose text is the page's meta
 * description. Looks at a bounded number of elements.
 */
export function findStandfirst(
  doc: Document,
  headline: Element,
  bodyFirst: Element | null,
  visibility: VisibilityChecker,
): Element | null {
  const description = looseKey(
    doc.querySelector('meta[name="description"]')?.getAttribute('content') ??
      doc.querySelector('meta[property="og:description"]')?.getAttribute('content') ??
      '',
  );
  const walker = doc.createTreeWalker(doc.body ?? doc, 1 /* SHOW_ELEMENT */);
  // Start right after the headline's subtree.
  let cur: Node | null = headline;
  while (cur && !cur.nextSibling) cur = cur.parentNode;
  const after = cur?.nextSibling ?? null;
  if (!after) return null;
  walker.currentNode = after;
  let next: Element | null =
    after.nodeType === 1 ? (after as Element) : (walker.nextNode() as Element | null);
  for (let seen = 0; next && seen < 300; seen++, next = walker.nextNode() as Element | null) {
    // A wrapper around the body is not a standfirst; the walk goes on inside it.
    if (bodyFirst && next !== bodyFirst && next.contains(bodyFirst)) continue;
    if (isStandfirst(next, next === bodyFirst, description, visibility)) return next;
    // The body's first paragraph may itself be the standfirst (just checked); past it, none.
    if (next === bodyFirst) return null;
  }
  return null;
}

/** Names that mean a standfirst even on the body's first paragraph. */
const STRICT_STANDFIRST_HINT = /standfirst|(^|[-_\s])dek($|[-_\s])|subhead|sub-head|strapline|deck/i;

function isStandfirst(
  el: Element,
  inBody: boolean,
  description: string,
  visibility: VisibilityChecker,
): boolean {
  // A standfirst is a small element: never read the text of a big wrapper (cheap on long pages).
  if (el.childElementCount > 12) return false;
  const hint = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('itemprop') ?? ''}`;
  // The body's own first paragraph marked "intro" or "lede" is the story's opening (BBC's
  // story-body__introduction), not a standfirst: there only an explicit name counts.
  const named = (inBody ? STRICT_STANDFIRST_HINT : STANDFIRST_HINT).test(hint);
  if (!named && description.length <= 20) return false;
  const text = (el.textContent ?? '').trim();
  if (text.length < 20 || text.length > 600) return false;
  const isDescription = description.length > 20 && looseKey(text) === description;
  return (named || isDescription) && !el.closest('figure, figcaption, a') && visibility.isVisible(el);
}
