import { type BuildContext, buildBlockSteps, type ResolveText } from './block-builder.ts';
import { isBoilerplate, linkDensity } from './boilerplate.ts';
import { findFallbackRootSteps } from './fallback.ts';
import { findHeadline, findStandfirst, titleCandidates } from './headline.ts';
import type { PreparedClone, ReadabilityResult } from './run-readability.ts';
import type { ExtractedArticle, ExtractedBlock, ExtractOptions } from './types.ts';
import { VisibilityChecker } from './visibility.ts';
import { collapseWhitespace, looseKey } from './whitespace.ts';

/** Default ceiling on the page's element count for running Readability (see {@link ExtractOptions.maxElements}). */
export const DEFAULT_MAX_ELEMENTS = 6000;
/** Default ceiling on the page's element nesting depth for running Readability (see {@link ExtractOptions.maxDepth}). */
export const DEFAULT_MAX_DEPTH = 60;

/**
 * Readability, handed in by the caller that wants it. This module never imports
 * Readability, so a bundle that only takes the cheap path (the content script)
 * does not carry it.
 */
export interface ReadabilityParser {
  /** Clone the page and map its text nodes (one task: the page cannot change in between). */
  prepare(doc: Document): PreparedClone;
  /** Run Readability on the clone; null when it finds no article or fails. */
  parse(prepared: PreparedClone): ReadabilityResult | null;
}

/** Fallback blocks checked per slice for being navigation (each check reads the block's text and links). */
const FILTER_SLICE = 200;

const identity: ResolveText = (node) => node;

/**
 * The extraction itself, in resumable slices: measure and clone the page, and
 * Readability's parse, when `readability` is given and the page is affordable;
 * the block building (sliced inside, see {@link buildBlockSteps}); the
 * navigation filter; the headline. Without `readability` this is the cheap path
 * (the page's own article markup). If the page changes while the steps run,
 * text nodes that left the document are dropped; re-extract on mutation.
 */
export function* articleSteps(
  doc: Document,
  options: ExtractOptions,
  readability: ReadabilityParser | null,
): Generator<void, ExtractedArticle | null, void> {
  if (!doc?.body) return null;
  const visibility = new VisibilityChecker(doc, options.computedVisibility ?? 'auto');
  const ctx: BuildContext = { visibility, used: new Set() };
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;

  let body: ExtractedBlock[] = [];
  let readabilityTitle = '';
  let method: ExtractedArticle['method'] = 'fallback';
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (readability && !options.skipReadability && readabilityAffordable(doc, maxElements, maxDepth)) {
    yield;
    const prepared = readability.prepare(doc);
    yield;
    const result = readability.parse(prepared);
    yield;
    if (result) {
      readabilityTitle = result.title;
      body = yield* buildBlockSteps(result.content, (t) => result.map.resolve(t), ctx);
      if (body.length > 0) method = 'readability';
    }
  }
  if (body.length === 0) {
    ctx.used.clear();
    yield;
    const root = yield* findFallbackRootSteps(doc, visibility);
    if (root) {
      const fallbackCtx: BuildContext = { ...ctx, skipElement: isBoilerplate };
      const built = yield* buildBlockSteps(root, identity, fallbackCtx);
      // Lists of links and link cards inside the body are navigation, not paragraphs.
      body = [];
      for (let i = 0; i < built.length; i++) {
        if (i > 0 && i % FILTER_SLICE === 0) yield;
        const b = built[i]!;
        if (!b.element.closest('a') && !(linkDensity(b.element) > 0.5 && b.element.tagName !== 'P'))
          body.push(b);
      }
    }
  }

  yield;
  const titles = titleCandidates(doc, readabilityTitle);
  // No title names a heading, but the body opens with an h1: that is the headline a reader sees.
  const headline =
    findHeadline(doc, titles, visibility) ?? (body[0]?.element.tagName === 'H1' ? body[0].element : null);
  const head: ExtractedBlock[] = [];
  if (headline) {
    const inBody = indexOfBlockIn(body, headline);
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
      head.push(...(yield* buildBlockSteps(headline, identity, ctx)));
    }
    if (head.length > 0) {
      // A second copy of the headline at the top of the body (a mobile or print variant) is one headline to a reader.
      const key = looseKey(head.map((b) => b.text).join(' '));
      const dup = body.slice(0, 3).findIndex((b) => looseKey(b.text) === key);
      if (dup >= 0) body.splice(dup, 1);
      const standfirst = findStandfirst(doc, headline, body[0]?.element ?? null, visibility);
      if (standfirst) {
        const inBodyAt = indexOfBlockIn(body, standfirst);
        if (inBodyAt === 0) head.push(body.shift()!);
        else if (inBodyAt < 0) head.push(...(yield* buildBlockSteps(standfirst, identity, ctx)));
      }
    }
  }

  const blocks = [...head, ...body];
  if (blocks.length === 0) return null;
  const title =
    readabilityTitle || (headline ? collapseWhitespace(headline.textContent ?? '') : '') || titles[0] || '';
  return { title, blocks, bodyStart: head.length, method };
}

/** Drive `steps` to the end in one go (the synchronous API). */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Is the page small and shallow enough for Readability? The element count is
 * native and instant; the depth walk is one iterative pass that stops as soon as
 * the limit is passed.
 */
/** Index of the first block with text inside `element`, or -1. */
function indexOfBlockIn(blocks: readonly ExtractedBlock[], element: Element): number {
  return blocks.findIndex((b) => b.segments.some((s) => element.contains(s.node)));
}

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
