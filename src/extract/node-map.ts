/**
 * Maps the working clone's text nodes back to the original document's.
 *
 * `cloneNode(true)` reproduces the tree exactly, so walking both trees in step
 * right after cloning pairs every text node. Readability then MOVES text nodes
 * into its article element (verified on the fixture pages: every text node of
 * the article is a moved clone node), so identity survives. Two paths create
 * new nodes: a `javascript:` link flattened to text, and a retry that restores
 * the page from its serialized HTML. For those we fall back to matching the
 * exact text against the original's text nodes, in document order after the
 * last node matched.
 */
export class NodeMap {
  private readonly cloneToOriginal = new Map<Text, Text>();
  private readonly originals: Text[] = [];
  private readonly originalIndex = new Map<Text, number>();
  private byData: Map<string, number[]> | null = null;
  private readonly claimed = new Set<number>();
  private cursor = -1;
  /** Text nodes resolved by matching text rather than by identity (for diagnostics and tests). */
  matchedByText = 0;

  constructor(original: Document, clone: Document) {
    const a = original.createTreeWalker(original, 4 /* SHOW_TEXT */);
    const b = clone.createTreeWalker(clone, 4 /* SHOW_TEXT */);
    for (;;) {
      const o = a.nextNode() as Text | null;
      const c = b.nextNode() as Text | null;
      if (!o || !c) break;
      this.originalIndex.set(o, this.originals.length);
      this.originals.push(o);
      // A clone always matches; the data check guards against an engine whose clone differs.
      if (o.data === c.data) this.cloneToOriginal.set(c, o);
    }
  }

  /** The original text node for a clone text node, or null when it has no counterpart. */
  resolve(node: Text): Text | null {
    const direct = this.cloneToOriginal.get(node);
    if (direct) {
      const idx = this.originalIndex.get(direct)!;
      this.claimed.add(idx);
      this.cursor = idx;
      return direct;
    }
    if (node.data.trim() === '') return null;
    const idx = this.matchByText(node.data);
    if (idx < 0) return null;
    this.matchedByText++;
    this.claimed.add(idx);
    this.cursor = idx;
    return this.originals[idx]!;
  }

  private matchByText(data: string): number {
    if (!this.byData) {
      // Built only when Readability rewrote something: most pages never pay for it.
      this.byData = new Map();
      this.originals.forEach((t, i) => {
        if (t.data.trim() === '') return;
        const list = this.byData!.get(t.data);
        if (list) list.push(i);
        else this.byData!.set(t.data, [i]);
      });
    }
    const list = this.byData.get(data);
    if (!list) return -1;
    let firstFree = -1;
    for (const i of list) {
      if (this.claimed.has(i)) continue;
      if (i > this.cursor) return i;
      if (firstFree < 0) firstFree = i;
    }
    return firstFree;
  }
}
