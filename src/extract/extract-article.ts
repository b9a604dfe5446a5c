import { type BuildContext, buildBlocks, type ResolveText } from './block-builder.ts';
import { isBoilerplate, linkDensity } from './boilerplate.ts';
import { findFallbackRoot } from './fallback.ts';
import { findHeadline, findStandfirst, titleCandidates } from './headline.ts';
import { parseClone, prepareClone } from './run-readability.ts';
import type { ExtractedArticle, ExtractedBlock, ExtractOptions } from './types.ts';
import { VisibilityChecker } from './visibility.ts';
import { collapseWhitespace, looseKey } from './whitespace.ts';

/** Default ceiling on the page's element count for running Readability (see {@link ExtractOptions.maxElements}). */
export const DEFAULT_MAX_ELEMENTS = 6000;
/** Default ceiling on the page's element nesting depth for running Readability (see {@link ExtractOptions.maxDepth}). */
export const DEFAULT_MAX_DEPTH = 60;

const identity: ResolveText = (node) => node;

/**
 * Extract the article a reader sees from `doc`: the headline, any standfirst,
 * then the body paragraphs, each mapped exactly to the ORIGINAL document's text
 * nodes. The document is never modified (Readability runs on a clone). Returns
 * null when no article text is found (an empty page, a list of links).
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedArticle | null {
  const steps = extractArticleSteps(doc, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same work as {@link extractArticle}, cut where it can be: a content script
 * drives it with `.next()` and yields to the page between slices (e.g. one slice
 * per idle callback), so no single task holds the clone, Readability's parse and
 * the block building together. Slices: measure and clone the page (the clone and
 * its node map are taken in one task, so the page cannot change between them);
 * Readability's parse (one slice: Readability cannot be interrupted); the blocks;
 * the headline. If the page changes while the steps run, text nodes that left
 * the document are dropped; re-extract on mutation.
 */
export function* extractArticleSteps(
  doc: Document,
  options: ExtractOptions = {},
): Generator<void, ExtractedArticle | null, void> {
  if (!doc?.body) return null;
  const visibility = new VisibilityChecker(doc, options.computedVisibility ?? 'auto');
  const ctx: BuildContext = { visibility, used: new Set() };
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;

  let body: ExtractedBlock[] = [];
  let readabilityTitle = '';
  let method: ExtractedArticle['method'] = 'fallback';
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (!options.skipReadability && readabilityAffordable(doc, maxElements, maxDepth)) {
    yield;
    const prepared = prepareClone(doc);
    yield;
    const result = parseClone(prepared);
    yield;
    if (result) {
      readabilityTitle = result.title;
      body = buildBlocks(result.content, (t) => result.map.resolve(t), ctx);
      if (body.length > 0) method = 'readability';
    }
  }
  if (body.length === 0) {
    ctx.used.clear();
    const root = findFallbackRoot(doc, visibility);
    if (root) {
      const fallbackCtx: BuildContext = { ...ctx, skipElement: isBoilerplate };
      // Lists of links and link cards inside the body are navigation, not paragraphs.
      body = buildBlocks(root, identity, fallbackCtx).filter(
        (b) => !b.element.closest('a') && !(linkDensity(b.element) > 0.5 && b.element.tagName !== 'P'),
      );
    }
  }

  yield;
  const titles = titleCandidates(doc, readabilityTitle);
  // No title names a heading, but the body opens with an h1: that is the headline a reader sees.
  const headline =
    findHeadline(doc, titles, visibility) ?? (body[0]?.element.tagName === 'H1' ? body[0].element : null);
  const head: ExtractedBlock[] = [];
  if (headline) {
    const inBody = body.findIndex((b) => b.segments.some((s) => headline.contains(s.node)));
    if (inBody >= 0) {
      const [headBlock] = body.splice(inBody, 1);
      if (method === 'fallback') {
        // Without Readability, short lines above the headline are page furniture (a section
        // kicker, a breadcrumb, a date); a real paragraph there stays.
        const above = body.splice(0, inBody).filter((b) => b.text.length >= 80);
        body.unshift(...above);
      }
      head.push(headBlock!);
    } else {
      head.push(...buildBlocks(headline, identity, ctx));
    }
    if (head.length > 0) {
      // A second copy of the headline at the top of the body (a mobile or print variant) is one headline to a reader.
      const key = looseKey(head.map((b) => b.text).join(' '));
      const dup = body.slice(0, 3).findIndex((b) => looseKey(b.text) === key);
      if (dup >= 0) body.splice(dup, 1);
      const standfirst = findStandfirst(doc, headline, body[0]?.element ?? null, visibility);
      if (standfirst) {
        const inBodyAt = body.findIndex((b) => b.segments.some((s) => standfirst.contains(s.node)));
        if (inBodyAt === 0) head.push(body.shift()!);
        else if (inBodyAt < 0) head.push(...buildBlocks(standfirst, identity, ctx));
      }
    }
  }

  const blocks = [...head, ...body];
  if (blocks.length === 0) return null;
  const title =
    readabilityTitle || (headline ? collapseWhitespace(headline.textContent ?? '') : '') || titles[0] || '';
  return { title, blocks, bodyStart: head.length, method };
}

/**
 * Is the page small and shallow enough for Readability? The element count is
 * native and instant; the depth walk is one iterative pass that stops as soon as
 * the limit is passed.
 */
function readabilityAffordable(doc: Document, maxElements: number, maxDepth: number): boolean {
  if (doc.getElementsByTagName('*').length > maxElements) return false;
  let el: Element | null = doc.documentElement;
  let depth = 1;
  while (el) {
    if (depth > maxDepth) return false;
    const child: Element | null = el.firstElementChild;
    if (child) {
      el = child;
      depth++;
      continue;
    }
    while (el && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    el = el ? el.nextElementSibling : null;
  }
  return true;
}
