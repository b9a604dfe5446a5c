/**
 * Claim positions as plain boundary points (text node + offset), not live
 * Ranges. A live Range is registered with its document, and every DOM change
 * anywhere in the page walks all of them: with thousands of claims (a 200 000-
 * word page) inserting our badges took seconds, and the page's own changes
 * paid too. So positions are resolved once, from extract's offset map, before
 * anything is drawn; the splits we make for badges are followed explicitly
 * (as a live Range would); highlights get StaticRanges built after the last
 * split; a live Range is made only on demand (scrolling to one claim).
 *
 * The mapping follows extract's `rangeForSpan` exactly (a test checks both
 * agree on every claim of the fixture pages): a start point lies in the first
 * segment ending after it, an end point in the last segment starting before it,
 * so points on collapsed white space move inward.
 */
import type { ExtractedBlock, TextSegment } from '../extract/types.ts';
import type { TextSplit } from './text-splits.ts';

/** A boundary point in a text node. */
export interface Point {
  node: Text;
  offset: number;
}

/** A claim's span as two boundary points. */
export interface Span2 {
  start: Point;
  end: Point;
}

function firstEndingAfter(segs: readonly TextSegment[], s: number): TextSegment | null {
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid]!.end > s) hi = mid;
    else lo = mid + 1;
  }
  return segs[lo] ?? null;
}

function lastStartingBefore(segs: readonly TextSegment[], e: number): TextSegment | null {
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid]!.start < e) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? segs[lo - 1]! : null;
}

/**
 * The boundary points of the block-relative span `[start, end)`, or null when
 * the span holds no character of the page (empty, or only collapsed white space).
 */
export function spanPoints(block: ExtractedBlock, start: number, end: number): Span2 | null {
  const len = block.text.length;
  const s = Math.max(0, Math.min(len, start));
  const e = Math.max(0, Math.min(len, end));
  if (e <= s) return null;
  const a = firstEndingAfter(block.segments, s);
  const b = lastStartingBefore(block.segments, e);
  if (!a || !b || a.start >= e || b.end <= s) return null;
  return {
    start: { node: a.node, offset: a.nodeStart + Math.max(0, s - a.start) },
    end: { node: b.node, offset: b.nodeStart + (Math.min(e, b.end) - b.start) },
  };
}

/**
 * Follows the splits we made, as a live Range would: a point past a split's cut
 * moves into the tail (a start point exactly at the cut too, so a range never
 * begins just before one of our badges).
 */
export class SplitTracker {
  private readonly byHead = new Map<Text, TextSplit>();

  /** Records a split. */
  add(split: TextSplit): void {
    this.byHead.set(split.head, split);
  }

  /** Where `point` (a start or an end point) is now. */
  follow(point: Point, side: 'start' | 'end'): Point {
    let { node, offset } = point;
    for (let split = this.byHead.get(node); split; split = this.byHead.get(node)) {
      const cut = split.headData.length;
      if (side === 'start' ? offset < cut : offset <= cut) break;
      node = split.tail;
      offset -= cut;
    }
    return { node, offset };
  }

  /** Where `span` is now: its start and end points followed. */
  followSpan(span: Span2): Span2 {
    return { start: this.follow(span.start, 'start'), end: this.follow(span.end, 'end') };
  }
}

/** A StaticRange over a span (for highlights), or null where the browser lacks StaticRange. */
export function staticRange(doc: Document, span: Span2): AbstractRange | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (typeof view?.StaticRange !== 'function') return null;
  return new view.StaticRange({
    startContainer: span.start.node,
    startOffset: span.start.offset,
    endContainer: span.end.node,
    endOffset: span.end.offset,
  });
}

/** A live Range over a span (made on demand: scrolling to a claim, tests). */
export function liveRange(doc: Document, span: Span2): Range {
  const range = doc.createRange();
  range.setStart(span.start.node, Math.min(span.start.offset, span.start.node.length));
  range.setEnd(span.end.node, Math.min(span.end.offset, span.end.node.length));
  return range;
}
