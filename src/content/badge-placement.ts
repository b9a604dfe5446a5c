/**
 * Where a badge goes: right after the end of its claim's sentence, inside the
 * claim's block.
 *
 * Preferred, because it leaves the page's nodes alone: at an existing node
 * boundary. When the sentence ends exactly where a text node (or an inline
 * element such as `<em>…</em>`) ends, the badge goes after that node, climbing
 * out of inline wrappers whose last child it is. A badge never goes inside a
 * link, button or label (the badge is a button; nesting interactive content
 * breaks both), but after that element.
 *
 * When the sentence ends in the middle of a text node (the common case: one
 * `<p>` text node holding several sentences) there is no boundary to use, and
 * an inline badge needs one, so the text node is split with `splitText`. That
 * changes no text: the page's `innerText` stays the same. Claim positions
 * after the cut are followed into the new node (positions.ts `SplitTracker`, as a
 * live Range would be; {@link followSplit} does the same for an offset map a
 * caller still needs), and the split is recorded so {@link joinSplit} can join
 * the node again on teardown. If the page rewrote the head node meanwhile (a framework updating
 * "its" node), the tail we created is stale and is removed instead of joined.
 */

import type { TextSegment } from '../extract/types.ts';
import { joinSplit, type TextSplit } from './text-splits.ts';

export { joinSplit, type TextSplit };

const INTERACTIVE = 'a[href],button,label,summary,select,textarea,input';

const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

/** How a badge was placed, for undoing it. */
export interface Placement {
  badge: Element;
  split: TextSplit | null;
}

function isIgnorable(node: Node): boolean {
  return node.nodeType === 8 || (node.nodeType === 3 && (node as Text).data.trim() === '');
}

/** The next sibling that carries content (skips comments and blank text). */
function nextContentSibling(node: Node): Node | null {
  let next = node.nextSibling;
  while (next && isIgnorable(next)) next = next.nextSibling;
  return next;
}

/**
 * Inserts `badge` after the end of `range`, staying inside `boundary` (the
 * claim's block element). Returns how it was placed, or null when the range
 * lies outside the boundary or is detached (nothing is inserted then).
 */
export function placeAfterRange(range: Range, badge: Element, boundary: Element): Placement | null {
  return placeAfterPoint(range.endContainer, range.endOffset, badge, boundary);
}

/** Inserts `badge` right after the boundary point (`container`, `offset`); see {@link placeAfterRange}. */
export function placeAfterPoint(
  container: Node,
  offset: number,
  badge: Element,
  boundary: Element,
): Placement | null {
  if (!container.isConnected || !boundary.contains(container)) return null;

  // Inside a link or other interactive element: go after it, whatever the text offset.
  const startEl = container.nodeType === 1 ? (container as Element) : container.parentElement;
  const interactive = startEl?.closest(INTERACTIVE);
  if (interactive && interactive !== boundary && boundary.contains(interactive)) {
    interactive.after(badge);
    return { badge, split: null };
  }

  let after: Node; // the badge goes right after this node
  let split: TextSplit | null = null;
  if (container.nodeType === 3) {
    const text = container as Text;
    if (offset <= 0) {
      const parent = text.parentNode!;
      parent.insertBefore(badge, text);
      return { badge, split: null };
    }
    if (offset < text.length) {
      const tail = text.splitText(offset);
      split = { head: text, tail, headData: text.data };
    }
    after = text;
  } else {
    // An element boundary: the badge goes before child `offset`, i.e. after child `offset - 1`.
    if (offset === 0) {
      container.insertBefore(badge, container.firstChild);
      return { badge, split: null };
    }
    after = container.childNodes[offset - 1] ?? container;
    if (after === container) {
      (container as Element).append(badge);
      return { badge, split: null };
    }
  }

  // Climb out of inline wrappers the sentence ends with (<em>…end.</em>), so the
  // badge does not take on their styling and sits after the whole phrase.
  if (!split) {
    while (
      after.parentElement &&
      after.parentElement !== boundary &&
      INLINE_TAGS.has(after.parentElement.localName) &&
      nextContentSibling(after) === null
    ) {
      after = after.parentElement;
    }
  }
  after.parentNode!.insertBefore(badge, after.nextSibling);
  return { badge, split };
}

/**
 * Removes a placed badge and joins the text node it split, if any. Safe to call
 * after the page changed things: it only joins when the two halves still stand
 * side by side as we left them.
 */
export function undoPlacement(placement: Placement): void {
  placement.badge.remove();
  if (placement.split) joinSplit(placement.split);
}

/**
 * Keeps an extraction offset map valid after `split`: segments that pointed
 * past the split point of the head node now point into the tail (a segment
 * straddling the point becomes two).
 */
export function followSplit(segments: TextSegment[], split: TextSplit): void {
  const cut = split.headData.length;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.node !== split.head) continue;
    const length = seg.end - seg.start;
    if (seg.nodeStart >= cut) {
      segments[i] = { ...seg, node: split.tail, nodeStart: seg.nodeStart - cut };
    } else if (seg.nodeStart + length > cut) {
      const headPart = cut - seg.nodeStart;
      segments.splice(
        i,
        1,
        { node: split.head, nodeStart: seg.nodeStart, start: seg.start, end: seg.start + headPart },
        { node: split.tail, nodeStart: 0, start: seg.start + headPart, end: seg.end },
      );
      i++;
    }
  }
}
