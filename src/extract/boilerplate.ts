/**
 * What a reader does not read as the article: navigation, page furniture,
 * comments, related links, ads. Used by the cheap fallback (Readability has its
 * own, stronger rules) on the ORIGINAL document's elements.
 */

const BOILERPLATE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'HEADER', 'MENU', 'DIALOG']);
const BOILERPLATE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'dialog',
  'alert',
]);
const BOILERPLATE_NAMES =
  /(^|[-_\s])(comments?|related|share|sharing|social|promo|newsletter|advert|advertisement|ads?|sponsor(ed)?|sidebar|footer|nav|navigation|breadcrumbs?|menu|subscribe|outbrain|taboola|recommended|most-?popular|trending|cookie|byline-?social|tags?|alsos|more-on-this-story|story-more|more-from|also-in)($|[-_\s])/i;

/** True when the element is page furniture rather than article text. */
export function isBoilerplate(el: Element): boolean {
  if (BOILERPLATE_TAGS.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  if (role && BOILERPLATE_ROLES.has(role)) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return names.length > 1 && BOILERPLATE_NAMES.test(names);
}

/** Share of an element's text that sits inside links: lists of links are navigation. */
export function linkDensity(el: Element): number {
  const total = (el.textContent ?? '').length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += (a.textContent ?? '').length;
  return linked / total;
}
