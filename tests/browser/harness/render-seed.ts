/**
 * Renders a seed article (`tests/fixtures/corpus/seeds/*.txt`: first line the headline,
 * then one paragraph per line) as a realistic news page: masthead and navigation, an
 * `<article>` with the headline, byline and paragraphs, a related-links rail, a footer,
 * and NewsArticle JSON-LD. The page is built with DOM calls on a jsdom document and
 * serialised, so every piece of article text is escaped by the serialiser, never spliced
 * into markup.
 */
import { JSDOM } from 'jsdom';
import { parseSeed } from '../../helpers/corpus.ts';

/** What a seed says, and how its text splits into headline and paragraphs. */
export { parseSeed, type SeedArticle } from '../../helpers/corpus.ts';

/** How a seed's publication is presented (picked from its file name prefix). */
export interface Masthead {
  name: string;
  section: string;
  byline: string;
  date: string;
}

const MASTHEADS: Record<string, Masthead> = {
  dailymail: {
    name: 'Daily Mail',
    section: 'World News',
    byline: 'By Mail Foreign Service',
    date: '2022-07-24T10:12:00Z',
  },
  sun: {
    name: 'The Sun',
    section: 'World News',
    byline: 'By Sun Online Reporter',
    date: '2022-05-16T08:30:00Z',
  },
};

/** The masthead for a seed file name such as `dailymail-putin-flee`. */
export function mastheadFor(name: string): Masthead {
  const prefix = name.split('-')[0] ?? '';
  return (
    MASTHEADS[prefix] ?? {
      name: 'The Daily Record',
      section: 'News',
      byline: 'By Staff Reporter',
      date: '2024-01-01T09:00:00Z',
    }
  );
}

// JSON inside <script> must not contain "</script" or "<!--": escape every "<".
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Renders the page for one seed. `name` is the seed's file name without `.txt`. */
export function renderSeedPage(name: string, text: string): string {
  const seed = parseSeed(text);
  const masthead = mastheadFor(name);
  const dom = new JSDOM('<!doctype html><html lang="en"><head></head><body></body></html>');
  const doc = dom.window.document;
  const el = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    attrs: Record<string, string> = {},
    ...children: (Node | string)[]
  ): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    for (const child of children) node.append(child);
    return node;
  };

  doc.title = `${seed.headline} | ${masthead.name}`;
  doc.head.append(
    el('meta', { charset: 'utf-8' }),
    el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    el('meta', { property: 'og:type', content: 'article' }),
    el('meta', { property: 'og:title', content: seed.headline }),
    el('meta', { property: 'og:site_name', content: masthead.name }),
    el('meta', { name: 'description', content: seed.paragraphs[0] ?? seed.headline }),
    el(
      'style',
      {},
      [
        'body{margin:0;font:18px/1.6 Georgia,serif;color:#1a1a1a;background:#fff}',
        '.masthead{background:#004db3;color:#fff;padding:12px 24px;font:bold 28px Arial,sans-serif}',
        'nav ul{display:flex;gap:16px;list-style:none;margin:0;padding:8px 24px;background:#eee;font:14px Arial,sans-serif}',
        '.layout{display:flex;gap:32px;max-width:1100px;margin:0 auto;padding:24px}',
        'article{flex:1;max-width:680px}h1{font:bold 34px/1.2 Arial,sans-serif}',
        '.byline{color:#555;font:14px Arial,sans-serif}aside{width:260px;font:14px Arial,sans-serif}',
        'footer{border-top:1px solid #ccc;padding:16px 24px;color:#555;font:13px Arial,sans-serif}',
      ].join('\n'),
    ),
  );
  const jsonLd = el('script', { type: 'application/ld+json' });
  jsonLd.textContent = scriptSafeJson({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: seed.headline,
    datePublished: masthead.date,
    articleSection: masthead.section,
    author: { '@type': 'Organization', name: masthead.name },
    publisher: { '@type': 'Organization', name: masthead.name },
  });
  doc.head.append(jsonLd);

  const navItems = ['Home', 'News', masthead.section, 'Sport', 'Money', 'Science', 'Health'];
  const nav = el(
    'nav',
    { 'aria-label': 'Sections' },
    el('ul', {}, ...navItems.map((item) => el('li', {}, el('a', { href: '#' }, item)))),
  );
  const header = el('header', { class: 'site-header' }, el('div', { class: 'masthead' }, masthead.name), nav);

  const published = new Date(masthead.date);
  const article = el(
    'article',
    { class: 'article-body' },
    el(
      'header',
      {},
      el('h1', {}, seed.headline),
      el(
        'p',
        { class: 'byline' },
        el('span', { class: 'author' }, masthead.byline),
        ' · ',
        el('time', { datetime: masthead.date }, published.toUTCString().slice(5, 16)),
      ),
    ),
    ...seed.paragraphs.map((p) => el('p', {}, p)),
  );
  const related = el(
    'aside',
    { class: 'related', 'aria-label': 'Related articles' },
    el('h2', {}, 'Most read'),
    el(
      'ul',
      {},
      ...['Markets rally as rates hold', 'Heatwave warning for the weekend', 'Cup final: the verdict'].map(
        (t) => el('li', {}, el('a', { href: '#' }, t)),
      ),
    ),
  );
  const footer = el(
    'footer',
    {},
    el(
      'p',
      {},
      `© ${published.getUTCFullYear()} ${masthead.name}. Test copy served locally by Sourcing Lens.`,
    ),
    el('p', {}, el('a', { href: '#' }, 'Privacy'), ' · ', el('a', { href: '#' }, 'Terms')),
  );
  doc.body.append(header, el('div', { class: 'layout' }, el('main', {}, article), related), footer);
  const html = dom.serialize();
  dom.window.close();
  return html;
}
