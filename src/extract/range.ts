import type { ExtractedBlock, TextSegment } from './types.ts';

/** A boundary point in one of the page's text nodes. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/**
 * The boundary points of the block-relative span `[start, end)` (offsets clamped
 * to the block), or null when the span holds no character of the page: empty, or
 * only collapsed white space. A start point lies in the first segment ending after
 * it, an end point in the last segment starting before it, so points on collapsed
 * white space move inward. {@link rangeForSpan} puts its Range on these points.
 */
export function spanPoints(
  block: ExtractedBlock,
  start: number,
  end: number,
): { start: TextPoint; end: TextPoint } | null {
  const len = block.text.length;
  const s = Math.max(0, Math.min(len, start));
  const e = Math.max(0, Math.min(len, end));
  if (e <= s) return null;
  const first = findFirst(block.segments, (seg) => seg.end > s);
  const last = findLast(block.segments, (seg) => seg.start < e);
  if (!first || !last || first.index > last.index) return null;
  const a = first.seg;
  const b = last.seg;
  return {
    start: { node: a.node, offset: a.nodeStart + Math.max(0, s - a.start) },
    end: { node: b.node, offset: b.nodeStart + (Math.min(e, b.end) - b.start) },
  };
}

/**
 * A live DOM Range over the ORIGINAL document's text nodes for the block-relative
 * span `[start, end)`. Offsets are clamped to the block. An end point that falls
 * on collapsed white space (a space that stands for no single DOM character)
 * moves inward to the nearest real character, so the Range never includes text
 * outside the span; a span made only of such a space gives a collapsed Range.
 */
export function rangeForSpan(block: ExtractedBlock, start: number, end: number): Range {
  const doc = block.element.ownerDocument;
  const range = doc.createRange();
  const len = block.text.length;
  let s = Math.max(0, Math.min(len, Math.trunc(Number.isFinite(start) ? start : 0)));
  let e = Math.max(0, Math.min(len, Math.trunc(Number.isFinite(end) ? end : len)));
  if (e < s) [s, e] = [e, s];
  const points = spanPoints(block, s, e);
  if (points) {
    range.setStart(points.start.node, points.start.offset);
    range.setEnd(points.end.node, points.end.offset);
    return range;
  }
  // No character under the span: a collapsed Range where it would start.
  const segs = block.segments;
  // First segment ending after s (it holds s, or s lies in the gap before it).
  const first = findFirst(segs, (seg) => seg.end > s);
  const anchor = first?.seg ?? segs[segs.length - 1];
  if (anchor) {
    const off = first
      ? anchor.nodeStart + Math.max(0, s - anchor.start)
      : anchor.nodeStart + (anchor.end - anchor.start);
    range.setStart(anchor.node, off);
  } else {
    range.selectNodeContents(block.element);
  }
  range.collapse(true);
  return range;
}

function findFirst(
  segs: TextSegment[],
  pred: (s: TextSegment) => boolean,
): { seg: TextSegment; index: number } | null {
  let lo = 0;
  let hi = segs.length;
  // Segments are sorted and non-overlapping, so the predicate is monotone: binary search.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(segs[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo < segs.length ? { seg: segs[lo]!, index: lo } : null;
}

function findLast(
  segs: TextSegment[],
  pred: (s: TextSegment) => boolean,
): { seg: TextSegment; index: number } | null {
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(segs[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? { seg: segs[lo - 1]!, index: lo - 1 } : null;
}

/**
 * The span `[start, end)` as one Range per segment it touches: exactly the
 * characters of the block text, without the text the extraction left out
 * between them (a visually hidden "Credit" label inside a caption, an inline ad).
 * Suited to the CSS Custom Highlight API, which takes many ranges.
 */
export function rangesForSpan(block: ExtractedBlock, start: number, end: number): Range[] {
  const doc = block.element.ownerDocument;
  const len = block.text.length;
  let s = Math.max(0, Math.min(len, Math.trunc(Number.isFinite(start) ? start : 0)));
  let e = Math.max(0, Math.min(len, Math.trunc(Number.isFinite(end) ? end : len)));
  if (e < s) [s, e] = [e, s];
  const out: Range[] = [];
  const first = findFirst(block.segments, (seg) => seg.end > s);
  if (!first) return out;
  for (let i = first.index; i < block.segments.length; i++) {
    const seg = block.segments[i]!;
    if (seg.start >= e) break;
    const a = Math.max(s, seg.start);
    const b = Math.min(e, seg.end);
    if (b <= a) continue;
    const range = doc.createRange();
    range.setStart(seg.node, seg.nodeStart + (a - seg.start));
    range.setEnd(seg.node, seg.nodeStart + (b - seg.start));
    out.push(range);
  }
  return out;
}
