import { blockAncestor, isInline, isSkipped } from './elements.ts';
import type { ExtractedBlock, TextSegment } from './types.ts';
import type { VisibilityChecker } from './visibility.ts';
import { COLLAPSIBLE_WS } from './whitespace.ts';

/** Maps a text node of the walked tree to the ORIGINAL document's node (identity when walking the original). */
export type ResolveText = (node: Text) => Text | null;

/** Shared state of one extraction. */
export interface BuildContext {
  visibility: VisibilityChecker;
  /** Original text nodes already emitted in some block: never emitted twice. */
  used: Set<Text>;
  /** Extra subtrees to leave out, tested on the walked tree's elements (the cheap fallback's boilerplate filter). */
  skipElement?: (el: Element) => boolean;
}

/**
 * CSS white space runs; its own RegExp object, since exec() keeps state in lastIndex.
 * Marked pure: a bare call at module level kept this module (and all of extraction)
 * in the content script's every-page chunk, which imports extract's index for the
 * article check.
 */
const WS_RUN = /* @__PURE__ */ new RegExp(COLLAPSIBLE_WS);
/** Blank or zero-width characters: a block made only of these is empty to a reader. */
const INVISIBLE = /\s|\u200b|\u200c|\u200d|\ufeff/g;

/** Accumulates one block: collapses white space while keeping every character's origin. */
class BlockAccumulator {
  text = '';
  readonly segments: TextSegment[] = [];
  /** A space owed before the next visible character: where it sits in the DOM, or 'gap' if nowhere verbatim. */
  private pending: { node: Text; offset: number } | 'gap' | null = null;

  addText(node: Text): void {
    const data = node.data;
    let i = 0;
    WS_RUN.lastIndex = 0;
    for (let m = WS_RUN.exec(data); m; m = WS_RUN.exec(data)) {
      if (m.index > i) this.emit(node, i, m.index);
      const space = m[0].lastIndexOf(' ');
      // Keep the space on a real ' ' when the run has one (so it maps exactly); else it is a gap.
      if (space >= 0) this.pending = { node, offset: m.index + space };
      else if (!this.pending) this.pending = 'gap';
      i = m.index + m[0].length;
    }
    if (i < data.length) this.emit(node, i, data.length);
  }

  /** White space that exists in no text node we keep (a dropped node, an element boundary). */
  addGap(): void {
    if (!this.pending) this.pending = 'gap';
  }

  private emit(node: Text, from: number, to: number): void {
    if (this.pending && this.text.length > 0) {
      if (this.pending === 'gap') this.text += ' ';
      else this.push(this.pending.node, this.pending.offset, ' ');
    }
    this.pending = null;
    this.push(node, from, node.data.slice(from, to));
  }

  private push(node: Text, nodeStart: number, chunk: string): void {
    const start = this.text.length;
    this.text += chunk;
    const last = this.segments[this.segments.length - 1];
    if (
      last &&
      last.node === node &&
      last.end === start &&
      last.nodeStart + (last.end - last.start) === nodeStart
    ) {
      last.end = this.text.length;
    } else {
      this.segments.push({ node, nodeStart, start, end: this.text.length });
    }
  }
}

/**
 * Nodes walked per slice of {@link buildBlockSteps}. On a 200 000-word page a
 * node costs the walk ~10-30 µs in Chromium (visibility, white-space collapsing),
 * so a slice stays a few milliseconds.
 */
export const BUILD_SLICE_NODES = 250;
/** Characters of text collapsed per slice: a few huge text nodes are cut short too. */
export const BUILD_SLICE_CHARS = 50_000;

/**
 * Cut the text under `root` into reader's paragraphs, in resumable slices. A paragraph ends at every
 * block-level element boundary and at every `<br>` (a forced line break is a
 * line a reader sees on its own; Readability already turns `<br><br>` runs into
 * paragraphs, so single breaks are addresses, datelines and verse lines).
 *
 * Yields after every {@link BUILD_SLICE_NODES} nodes or {@link BUILD_SLICE_CHARS}
 * characters (drive it with `.next()`; the walk keeps its place in the tree), so
 * a content script never holds the page for the whole article. If the page takes
 * the next node out of the tree between slices, the walk ends there with what it
 * has (a changed page is re-extracted); blocks holding text that left the document
 * meanwhile are dropped.
 */
export function* buildBlockSteps(
  root: Element,
  resolve: ResolveText,
  ctx: BuildContext,
): Generator<void, ExtractedBlock[], void> {
  const blocks: ExtractedBlock[] = [];
  let nodes = 0;
  let chars = 0;
  let paused = false;
  let acc = new BlockAccumulator();

  const flush = (): void => {
    if (acc.segments.length > 0 && acc.text.replace(INVISIBLE, '').length > 0) {
      const { text, segments } = trimBlock(acc.text, acc.segments);
      const element = blockAncestor(segments[0]!.node) ?? root;
      blocks.push({ text, element, segments });
    }
    acc = new BlockAccumulator();
  };

  // Iterative pre-order walk (page trees can be deeper than the call stack), flushing at
  // every block element's entry and exit.
  let node: Node | null = root.firstChild;
  while (node) {
    if (++nodes >= BUILD_SLICE_NODES || chars >= BUILD_SLICE_CHARS) {
      // Pause BEFORE handling `node`: the walk's whole state (node, accumulator) is kept here.
      nodes = 0;
      chars = 0;
      paused = true;
      yield;
      // The page ran meanwhile: if it took `node` out of the walked tree, the walk cannot go on
      // from there; keep what was built (the page watcher re-extracts a changed page).
      if (!root.contains(node)) break;
    }
    if (node.nodeType === 3) {
      const original = resolve(node as Text);
      if (original === null) {
        if ((node as Text).data.length > 0) acc.addGap();
      } else if (
        !ctx.used.has(original) &&
        original.isConnected &&
        ctx.visibility.isVisible(original.parentElement)
      ) {
        ctx.used.add(original);
        acc.addText(original);
        chars += original.data.length;
      }
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (el.tagName.toUpperCase() === 'BR') {
        flush();
      } else if (!isSkipped(el) && !ctx.skipElement?.(el)) {
        const inline = isInline(el);
        if (!inline) flush();
        if (el.firstChild) {
          node = el.firstChild;
          continue;
        }
        if (!inline) flush();
      }
    }
    while (node !== root && !node.nextSibling) {
      node = node.parentNode as Node;
      if (node !== root && node.nodeType === 1 && !isInline(node as Element)) flush();
    }
    if (node === root) break;
    node = node.nextSibling;
  }
  flush();
  // Blocks built before a pause may hold text the page has since removed: drop them whole
  // (their text would no longer match the page), so no block points at a detached node.
  return paused ? blocks.filter((b) => b.segments.every((s) => s.node.isConnected)) : blocks;
}

/**
 * Trim what collapsing leaves at the ends (a no-break space, other Unicode
 * spaces), cutting the segments to match so the map stays exact.
 */
function trimBlock(text: string, segments: TextSegment[]): { text: string; segments: TextSegment[] } {
  const lead = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  if (lead === 0 && end === text.length) return { text, segments };
  const out: TextSegment[] = [];
  for (const seg of segments) {
    const s = Math.max(seg.start, lead);
    const e = Math.min(seg.end, end);
    if (e <= s) continue;
    out.push({ node: seg.node, nodeStart: seg.nodeStart + (s - seg.start), start: s - lead, end: e - lead });
  }
  return { text: text.slice(lead, end), segments: out };
}
