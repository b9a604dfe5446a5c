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
 * The points are extract's own (`spanPoints`, which `rangeForSpan` also puts
 * its Range on): a start point lies in the first segment ending after it, an
 * end point in the last segment starting before it, so points on collapsed
 * white space move inward.
 */
import type { TextPoint } from '../extract/index.ts';
import type { TextSplit } from './text-splits.ts';

/** A boundary point in a text node. */
export type Point = TextPoint;

/** A claim's span as two boundary points. */
export interface Span2 {
  start: Point;
  end: Point;
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
