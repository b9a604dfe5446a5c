/**
 * The text-node splits we make for badges, and joining them again. Apart from
 * badge placement because the controller joins splits on teardown on every page
 * it ever drew on, and this is all it needs: the placement code itself comes with
 * the engine chunk, loaded only on article pages.
 */

/** A text node we split to make room for a badge. */
export interface TextSplit {
  head: Text;
  tail: Text;
  /** The head's text right after the split, to notice a page rewrite. */
  headData: string;
}

/**
 * Joins a split text node again, if its two halves still stand side by side as
 * we left them (the badge between them already removed). If the page rewrote or
 * dropped the head node (a framework updating "its" node), the tail we created
 * repeats old text and is removed instead.
 */
export function joinSplit(split: TextSplit): void {
  const { head, tail } = split;
  if (!tail.parentNode) return;
  if (head.parentNode === tail.parentNode && head.nextSibling === tail && head.data === split.headData) {
    head.appendData(tail.data);
    tail.remove();
  } else if (!head.isConnected || head.data !== split.headData) {
    tail.remove();
  }
}
