/**
 * Shared checks for the extraction tests: the real saved pages, their gold
 * labels, and the invariants every extraction must hold (exact segment map,
 * Ranges on the original document, page unchanged).
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  type ExtractedArticle,
  type ExtractedBlock,
  extractArticle,
  isProbablyArticle,
  rangeForSpan,
  rangesForSpan,
} from '../../src/extract/index.ts';
import { pagePath } from '../helpers/corpus.ts';
import { normal as collapse } from '../helpers/text.ts';

/** The committed real pages with gold labels: the dev pages, then the held-out ones (extraction is checked on all). */
export const PAGES = [
  'bbc-1',
  'nytimes-1',
  'telegraph',
  'webmd-1',
  'ars-1',
  'buzzfeed-1',
  'tmz-1',
  'wapo-1',
] as const;
export type PageSlug = (typeof PAGES)[number];

export function readPage(slug: PageSlug): string {
  return readFileSync(pagePath(slug), 'utf8');
}

interface GoldEntry {
  at: string;
}
interface Gold {
  note: string;
  claims: GoldEntry[];
  optional?: GoldEntry[];
}

export function readGold(slug: PageSlug): Gold {
  return JSON.parse(readFileSync(pagePath(slug, 'gold.json'), 'utf8')) as Gold;
}

/** Every gold `at`, claims and optional. */
export function goldAts(slug: PageSlug): string[] {
  const gold = readGold(slug);
  return [...gold.claims, ...(gold.optional ?? [])].map((c) => c.at);
}

/** Page furniture that must never reach the extracted text: navigation, footer, comments, related links. */
export const ABSENT: Record<PageSlug, string[]> = {
  'bbc-1': [
    'Terms of Use',
    'Parental Guidance',
    'View comments',
    'Top Stories',
    'CBeebies',
    'More on this story',
  ],
  'nytimes-1': [
    'Site Search Navigation',
    'Related Coverage',
    'U.S. Sweetens Offer to Take Sudan Off Terrorist List',
    'Trending Stories',
    'Accessibility concerns',
    'Advertisement',
  ],
  telegraph: [
    'Premium News Politics',
    'Show comments',
    'Telegraph cartoons',
    'Contact us',
    'Upgrade to Premium',
  ],
  'webmd-1': [
    'Health A-Z',
    'Top Picks',
    'Housecleaning Tips for Indoor Allergies',
    'Allergies Health Center',
  ],
  'ars-1': ['Main Menu', 'Site Links', 'You May Also Like', 'See more news stories', 'Layout: Grid View'],
  'buzzfeed-1': ['Make A Post', 'TOP POST', 'Promoted by', 'US Edition', 'Your Post Has Been Launched'],
  'tmz-1': ['Celebrity Directory', 'Hide these Comments', 'French Laundry', 'Send a Hot Tip', 'Sign In'],
  'wapo-1': ['Accessibility for screenreader', 'PostTV', 'Comments'],
};

/** The headline a reader sees on each page (the first block). */
export const HEADLINES: Record<PageSlug, string> = {
  'bbc-1': "Obama admits US gun laws are his 'biggest frustration'",
  'nytimes-1': 'United States to Lift Sudan Sanctions',
  telegraph:
    "Zimbabwe coup: Robert Mugabe and wife Grace 'insisting he finishes his term', as priest steps in to mediate",
  'webmd-1': 'Babies Who Eat Peanuts Early May Avoid Allergy',
  'ars-1': 'Just-released Minecraft exploit makes it easy to crash game servers',
  // A no-break space keeps the last two words together: it is content, kept as is.
  'buzzfeed-1': 'Student Dies After Diet Pills She Bought Online “Burned Her Up From\u00a0Within”',
  'tmz-1': "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!",
  'wapo-1': 'Attack stokes instability fears in North Africa',
};

/** Headline and standfirst count: ars-1's h2 dek and buzzfeed-1's description line are standfirsts. */
export const BODY_START: Record<PageSlug, number> = {
  'bbc-1': 1,
  'nytimes-1': 1,
  telegraph: 1,
  'webmd-1': 1,
  'ars-1': 2,
  'buzzfeed-1': 2,
  'tmz-1': 1,
  'wapo-1': 1,
};

/**
 * Gold `at`s the cheap fallback (no Readability) is allowed to miss: tmz-1's
 * second headline sits outside the body container the fallback takes.
 */
export const FALLBACK_MISSES: Record<PageSlug, number> = {
  'bbc-1': 0,
  'nytimes-1': 0,
  telegraph: 0,
  'webmd-1': 0,
  'ars-1': 0,
  'buzzfeed-1': 0,
  'tmz-1': 1,
  'wapo-1': 0,
};

export function joined(article: ExtractedArticle): string {
  return article.blocks.map((b) => b.text).join('\n');
}

export function countOccurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

/** Small deterministic PRNG (mulberry32), so random spans are reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Block index and block-relative offset of a joined-text offset. */
export function locate(article: ExtractedArticle, offset: number): { block: ExtractedBlock; start: number } {
  let base = 0;
  for (const block of article.blocks) {
    if (offset <= base + block.text.length) return { block, start: offset - base };
    base += block.text.length + 1;
  }
  throw new Error(`offset ${offset} past the text`);
}

/** True when [start, end) of the block lies inside one segment: the Range must then match exactly. */
export function withinOneSegment(block: ExtractedBlock, start: number, end: number): boolean {
  return block.segments.some((s) => s.start <= start && end <= s.end);
}

/** The exact-map invariants of every block, on the ORIGINAL document. */
export function expectExactMap(article: ExtractedArticle, doc: Document): void {
  for (const block of article.blocks) {
    expect(block.text.length).toBeGreaterThan(0);
    expect(block.text).toBe(block.text.trim());
    expect(block.text).not.toMatch(/[ \t\n\r\f]{2}|[\t\n\r\f]/);
    expect(block.element.ownerDocument).toBe(doc);
    expect(block.segments.length).toBeGreaterThan(0);
    let covered = 0;
    let prevEnd = 0;
    for (const seg of block.segments) {
      expect(seg.start).toBeGreaterThanOrEqual(prevEnd);
      expect(seg.end).toBeGreaterThan(seg.start);
      expect(seg.end).toBeLessThanOrEqual(block.text.length);
      // Only collapsed white space lies between segments.
      expect(block.text.slice(prevEnd, seg.start)).toMatch(/^ ?$/);
      expect(seg.node.ownerDocument).toBe(doc);
      expect(doc.contains(seg.node)).toBe(true);
      expect(block.text.slice(seg.start, seg.end)).toBe(
        seg.node.data.slice(seg.nodeStart, seg.nodeStart + (seg.end - seg.start)),
      );
      covered += seg.end - seg.start;
      prevEnd = seg.end;
    }
    expect(prevEnd).toBe(block.text.length);
    expect(block.text.length - covered).toBeLessThanOrEqual(block.segments.length);
    expect(block.element.contains(block.segments[0]!.node)).toBe(true);
  }
}

/**
 * The text a Range covers, leaving out text nodes the block does not hold
 * (text the extraction excluded as hidden); white-space-only nodes count as a space.
 * Returns that text and how many non-blank nodes were left out.
 */
export function rangeTextWithin(range: Range, block: ExtractedBlock): { text: string; skipped: number } {
  const held = new Set(block.segments.map((s) => s.node));
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  // Our Ranges start and end in text nodes: walk from one to the other in document order.
  const nodes: Text[] = [range.startContainer as Text];
  const walker = doc.createTreeWalker(root, 4);
  walker.currentNode = range.startContainer;
  for (let n = walker.nextNode(); n && nodes.at(-1) !== range.endContainer; n = walker.nextNode()) {
    if (range.startContainer !== range.endContainer) nodes.push(n as Text);
  }
  let text = '';
  let skipped = 0;
  for (const n of nodes) {
    const from = n === range.startContainer ? range.startOffset : 0;
    const to = n === range.endContainer ? range.endOffset : n.data.length;
    const part = n.data.slice(from, to);
    if (held.has(n)) text += part;
    else if (part.trim() === '') text += part;
    else skipped++;
  }
  return { text, skipped };
}

/** The pieces of rangesForSpan, with a space for each collapsed (unmapped) character between them: the slice again. */
export function piecesText(block: ExtractedBlock, start: number, end: number): string {
  const ranges = rangesForSpan(block, start, end);
  let out = '';
  let pos = start;
  let i = 0;
  for (const seg of block.segments) {
    const a = Math.max(start, seg.start);
    if (Math.min(end, seg.end) <= a) continue;
    out += ' '.repeat(a - pos);
    out += ranges[i++]!.toString();
    pos = Math.min(end, seg.end);
  }
  out += ' '.repeat(Math.max(0, end - pos));
  expect(i).toBe(ranges.length);
  return out;
}

/** A loaded page: its document, and how to serialize it to prove it unchanged. */
export interface LoadedPage {
  doc: Document;
  serialize: () => string;
  close?: () => Promise<void> | void;
}

/**
 * A page in its own happy-dom window that runs no script and loads nothing. (A
 * DOMParser document will not do under happy-dom: its Ranges belong to the
 * window's document and collapse on any other document's nodes.)
 */
export function loadHappyDom(html: string): LoadedPage {
  const win = new Window({
    url: 'https://example.test/article',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  const doc = win.document as unknown as Document;
  doc.write(html);
  return { doc, serialize: () => doc.documentElement.outerHTML, close: () => win.happyDOM.close() };
}

/**
 * A page parsed exactly as the command line does: `new JSDOM(html)` runs no
 * script and loads no resource by default. A silent console: real pages' CSS is
 * beyond jsdom's parser.
 */
export function loadJsdom(html: string): LoadedPage {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  return { doc: dom.window.document, serialize: () => dom.serialize(), close: () => dom.window.close() };
}

/**
 * The suite every DOM implementation must pass on the real pages.
 * `load` parses the HTML the way that environment will (no scripts, no resources).
 */
export function describeRealPages(env: string, load: (html: string) => LoadedPage): void {
  describe.each(PAGES)(`extractArticle on the real page %s (${env})`, (slug) => {
    const page = load(readPage(slug));
    const before = page.serialize();
    const article = extractArticle(page.doc);
    const after = page.serialize();

    it('finds the article with Readability, headline first', () => {
      expect(article).not.toBeNull();
      expect(article!.method).toBe('readability');
      expect(article!.blocks[0]!.text).toBe(HEADLINES[slug]);
      expect(article!.bodyStart).toBe(BODY_START[slug]);
      // Readability's title may differ in quote style from the headline a reader sees.
      const letters = (t: string) => t.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
      expect(letters(article!.title)).toBe(letters(HEADLINES[slug]));
      expect(article!.blocks.length).toBeGreaterThan(5);
    });

    it('leaves the page unchanged', () => {
      expect(after).toBe(before);
    });

    it('holds every gold `at` exactly once', () => {
      const text = joined(article!);
      const counts = goldAts(slug).map((at) => [at, countOccurrences(text, at)] as const);
      expect(counts.filter(([, n]) => n !== 1)).toEqual([]);
    });

    it('keeps navigation, footer, comments and related links out', () => {
      const text = joined(article!);
      for (const furniture of ABSENT[slug]) expect(text).not.toContain(furniture);
    });

    it('maps every block exactly onto the original text nodes', () => {
      expectExactMap(article!, page.doc);
    });

    it('gives a Range on the original document for every gold `at`', () => {
      const text = joined(article!);
      for (const at of goldAts(slug)) {
        const { block, start } = locate(article!, text.indexOf(at));
        const range = rangeForSpan(block, start, start + at.length);
        expect(range.startContainer.ownerDocument).toBe(page.doc);
        const got = range.toString();
        if (withinOneSegment(block, start, start + at.length)) expect(got).toBe(at);
        else expect(collapse(got)).toBe(collapse(at));
      }
    });

    it('gives matching Ranges for random spans', () => {
      const random = prng(slug.length * 7919);
      let exact = 0;
      for (let i = 0; i < 200; i++) {
        const block = article!.blocks[Math.floor(random() * article!.blocks.length)]!;
        const a = Math.floor(random() * (block.text.length + 1));
        const b = Math.floor(random() * (block.text.length + 1));
        const [s, e] = a <= b ? [a, b] : [b, a];
        const slice = block.text.slice(s, e);
        const range = rangeForSpan(block, s, e);
        if (withinOneSegment(block, s, e)) {
          expect(range.toString()).toBe(slice);
          exact++;
        } else {
          // One Range covers what lies between the segments; only excluded (hidden) text may differ.
          const { text, skipped } = rangeTextWithin(range, block);
          expect(collapse(text)).toBe(collapse(slice));
          if (skipped === 0) expect(collapse(range.toString())).toBe(collapse(slice));
        }
        // The per-segment Ranges rebuild the slice exactly.
        expect(piecesText(block, s, e)).toBe(slice);
      }
      expect(exact).toBeGreaterThan(0);
    });

    it('is recognised as an article', () => {
      expect(isProbablyArticle(page.doc)).toBe(true);
    });

    it('finds nearly the same text without Readability (the cheap fallback)', () => {
      const fallback = extractArticle(page.doc, { skipReadability: true });
      expect(fallback?.method).toBe('fallback');
      const text = joined(fallback!);
      expect(goldAts(slug).filter((at) => countOccurrences(text, at) !== 1).length).toBe(
        FALLBACK_MISSES[slug],
      );
      for (const furniture of ABSENT[slug]) expect(text).not.toContain(furniture);
      expectExactMap(fallback!, page.doc);
      expect(page.serialize()).toBe(before);
    });
  });
}
