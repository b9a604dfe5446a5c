// @vitest-environment jsdom
/**
 * A drawing too large to put on the page at once (more than WINDOW_ABOVE claims:
 * here the Daily Mail seed's paragraphs repeated, analysed for real) is drawn only
 * near the viewport. The observer is a fake driven by the test, standing in for
 * the browser's IntersectionObserver: nothing goes on the page until a group of
 * blocks comes near; then its badges stand after their sentences and its ranges
 * join the highlights; they leave the highlights when it goes far; a claim far
 * away is drawn on demand; and teardown leaves the page's DOM as it was.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import type { Report } from '../../src/analysis/types.ts';
import { type AnchoredClaim, anchorAll } from '../../src/content/anchoring.ts';
import { joinSplit } from '../../src/content/badge-placement.ts';
import { HIGHLIGHT_ATTR } from '../../src/content/dom-names.ts';
import { Drawing } from '../../src/content/drawing.ts';
import type { NearChange } from '../../src/content/near-viewport.ts';
import { WINDOW_ABOVE } from '../../src/content/near-viewport.ts';
import { blockKinds, extractArticle } from '../../src/extract/index.ts';
import { drain } from '../helpers/drain.ts';
import { fakeHighlightApi, seedArticle } from './content-helpers.ts';

const ROUNDS = 24;

interface Setup {
  /** The page's body before anything was drawn. */
  htmlBefore: string;
  drawing: Drawing;
  report: Report;
  anchored: AnchoredClaim[];
  highlights: ReturnType<typeof fakeHighlightApi>;
  observed: Element[];
  change: NearChange;
}

/** The analysis of the long article: the same page every time, so analysed once for the file. */
let analysed: Report | null = null;

/** The Daily Mail seed's headline and its paragraphs repeated ROUNDS times as a fresh page, anchored and drawn. */
function setup(): Setup {
  seedArticle(document, 'dailymail-putin-flee', { rounds: ROUNDS });
  const htmlBefore = document.body.innerHTML;
  const article = extractArticle(document, { skipReadability: true });
  if (!article) throw new Error('no article');
  analysed ??= analyze(
    article.blocks.map((b) => b.text),
    { bodyStart: article.bodyStart, blockKinds: blockKinds(article.blocks) },
  );
  const report = analysed;
  const { anchored } = anchorAll(report, article);
  const highlights = fakeHighlightApi();
  const observed: Element[] = [];
  let change: NearChange | null = null;
  const drawing = new Drawing({
    doc: document,
    report,
    anchored,
    dark: false,
    isVisible: () => true,
    mutate: (write) => write(),
    highlightApi: highlights,
    nearViewport: (onChange) => {
      change = onChange;
      return { observe: (el) => observed.push(el), disconnect: () => observed.splice(0) };
    },
  });
  drain(drawing.drawSteps());
  if (!change)
    throw new Error(
      `the drawing asked for no observer (${anchored.length} claims anchored, ${report.claims.length} found)`,
    );
  return { htmlBefore, drawing, report, anchored, highlights, observed, change };
}

/** Every range currently in our highlights. */
function rangesShown(highlights: ReturnType<typeof fakeHighlightApi>): number {
  let n = 0;
  for (const h of highlights.map.values()) n += (h as unknown as Set<unknown>).size;
  return n;
}

const FLAGGED = new Set(['anonymous', 'single-expert', 'vague']);

describe('a drawing windowed to the viewport (a very long article)', () => {
  let s: Setup;

  beforeEach(() => {
    s = setup();
  });

  it('is windowed, watches groups of blocks rather than every block, and draws nothing yet', () => {
    const { drawing, anchored, observed, highlights } = s;
    expect(anchored.length).toBeGreaterThan(WINDOW_ABOVE);
    expect(drawing.windowed).toBe(true);
    const claimBlocks = new Set(anchored.map((a) => a.block.element)).size;
    expect(observed.length).toBeGreaterThan(0);
    expect(observed.length).toBeLessThan(claimBlocks);
    expect(document.querySelectorAll('sourcing-lens-badge')).toHaveLength(0);
    expect(document.querySelectorAll(`[${HIGHLIGHT_ATTR}]`)).toHaveLength(0);
    // The category highlights are registered, empty, so toggles work before anything is near.
    expect(highlights.map.size).toBeGreaterThan(0);
    expect(rangesShown(highlights)).toBe(0);
  });

  it('draws a group when it comes near: badges after their sentences, ranges highlighted', () => {
    const { anchored, observed, change, highlights, drawing } = s;
    change(observed[0]!, true);
    const marked = [...document.querySelectorAll(`[${HIGHLIGHT_ATTR}]`)];
    expect(marked.length).toBeGreaterThan(0);
    const inMarked = anchored.filter((a) => marked.includes(a.block.element));
    const flagged = inMarked.filter((a) => FLAGGED.has(a.claim.category));
    expect(flagged.length).toBeGreaterThan(0);
    expect(drawing.badgeCount).toBe(flagged.length);
    // The group's ranges are highlighted; its neighbours (drawn ahead, see drawing.ts) not yet.
    const shown = rangesShown(highlights);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(inMarked.length);
    for (const a of flagged) {
      const badge = drawing.badgeFor(a.index)!;
      expect(badge.host.isConnected).toBe(true);
      // The badge stands right after its claim's sentence.
      const range = document.createRange();
      range.setStart(a.block.element, 0);
      range.setEndBefore(badge.host);
      const before = range.toString().trimEnd();
      const sentence = s.report.text.slice(a.claim.start, a.claim.end).trimEnd();
      expect(before.endsWith(sentence)).toBe(true);
    }
    // Gone far: out of the highlights, the badges stay.
    change(observed[0]!, false);
    expect(rangesShown(highlights)).toBe(0);
    expect(drawing.badgeCount).toBe(flagged.length);
    // Near again: the same ranges come back, nothing is drawn twice.
    change(observed[0]!, true);
    expect(rangesShown(highlights)).toBe(shown);
    expect(document.querySelectorAll('sourcing-lens-badge')).toHaveLength(flagged.length);
  });

  it('draws a far claim on demand (scroll-to-claim, opening its badge)', () => {
    const { anchored, drawing } = s;
    const last = anchored.filter((a) => FLAGGED.has(a.claim.category)).at(-1)!;
    expect(drawing.badgeFor(last.index)).toBeNull();
    expect(drawing.open(last.index)).toBe(true);
    expect(drawing.badgeFor(last.index)?.host.isConnected).toBe(true);
    expect(last.block.element.hasAttribute(HIGHLIGHT_ATTR)).toBe(true);
  });

  it('leaves the page as it was when taken down', () => {
    const { drawing, observed, change, htmlBefore } = s;
    for (const el of [...observed]) change(el, true);
    expect(document.querySelectorAll('sourcing-lens-badge').length).toBeGreaterThan(0);
    const splits = drawing.detach();
    for (let i = splits.length - 1; i >= 0; i--) joinSplit(splits[i]!);
    expect(observed).toHaveLength(0);
    expect(document.body.innerHTML).toBe(htmlBefore);
  });
});
