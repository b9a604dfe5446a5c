import { isProbablyReaderable } from '@mozilla/readability';

/** schema.org types that mark a page as one article. */
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'satiricalarticle',
  'blogposting',
  'liveblogposting',
  'report',
  'techarticle',
  'scholarlyarticle',
  'socialmediaposting',
]);

/** Longest JSON-LD script we parse: the check must stay cheap on pages that embed huge blobs. */
const MAX_JSON_LD = 200_000;

/** Enough paragraph text in one `<article>` to be an article rather than a teaser card. */
const MIN_ARTICLE_TEXT = 1200;

/**
 * Cheap test: is this page one article (worth extracting and analysing)? True on
 * any of: JSON-LD whose main entity is an Article type, `og:type` article,
 * Readability's `isProbablyReaderable`, or an `<article>` with enough paragraph
 * text. Never throws.
 */
export function isProbablyArticle(doc: Document): boolean {
  if (!doc?.body) return false;
  try {
    if (hasArticleJsonLd(doc)) return true;
    const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
    if (og === 'article' || og?.startsWith('article.')) return true;
    if (isProbablyReaderable(doc)) return true;
    for (const article of doc.body.querySelectorAll('article')) {
      let n = 0;
      for (const p of article.querySelectorAll('p')) n += (p.textContent ?? '').trim().length;
      if (n >= MIN_ARTICLE_TEXT) return true;
    }
  } catch {
    // A hostile or broken page is simply not an article to us.
  }
  return false;
}

function hasArticleJsonLd(doc: Document): boolean {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    if (mainEntityIsArticle(data, 0)) return true;
  }
  return false;
}

/** Top-level items and `@graph` members only: an ItemList of articles (a home page) does not count. */
function mainEntityIsArticle(data: unknown, depth: number): boolean {
  if (depth > 3 || data === null || typeof data !== 'object') return false;
  if (Array.isArray(data)) return data.some((item) => mainEntityIsArticle(item, depth + 1));
  const record = data as Record<string, unknown>;
  const type = record['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t.toLowerCase()))) return true;
  return mainEntityIsArticle(record['@graph'], depth + 1);
}
