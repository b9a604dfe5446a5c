/**
 * How a drawing windowed to the viewport (see drawing.ts) cuts an article into
 * pieces: each block holding claims is one {@link WindowBlock}, and neighbouring
 * blocks form a {@link WindowGroup}, watched through its first and last block
 * only. Pure: it reads the anchored claims and the report's block offsets, and
 * touches no DOM.
 */
import type { Report } from '../analysis/types.ts';
import type { AnchoredClaim } from './anchoring.ts';
import type { HighlightItem } from './highlighter.ts';

/** One block with claims: its claims in text order, drawn once when its group first comes near. */
export interface WindowBlock {
  element: Element;
  /** Offset of the block in `Report.text`. */
  start: number;
  claims: AnchoredClaim[];
  drawn: boolean;
  /** Its claims' highlight items, made when it is drawn. */
  items: HighlightItem[];
}

/**
 * Neighbouring claim blocks, watched through their first and last block only: the
 * observer's work each frame grows with its targets, and one per block (3,000 on a
 * 200 000-word page) cost ~15 ms a frame while scrolling.
 */
export interface WindowGroup {
  /** Position of the group in text order. */
  index: number;
  blocks: WindowBlock[];
  /** The group's watched ends now near the viewport. */
  nearEnds: Set<Element>;
}

/**
 * Most text one group spans, in characters: about a screen of text on a narrow
 * phone, less than the observer's margin (see near-viewport.ts), so a group cannot
 * reach across the viewport while both its ends lie outside the margin.
 */
export const GROUP_CHARS = 3000;

/** Most blocks in one group. */
export const GROUP_BLOCKS = 16;

/**
 * The claim blocks of `anchored` (in text order, as anchoring gives them) cut into
 * groups of at most {@link GROUP_BLOCKS} blocks whose starts lie within
 * {@link GROUP_CHARS} characters of the group's first.
 */
export function windowGroups(report: Report, anchored: readonly AnchoredClaim[]): WindowGroup[] {
  const blocks = new Map<Element, WindowBlock>();
  for (const a of anchored) {
    const element = a.block.element;
    const block = blocks.get(element);
    if (block) block.claims.push(a);
    else {
      const start = report.blocks[a.claim.block]?.start ?? a.claim.start;
      blocks.set(element, { element, start, claims: [a], drawn: false, items: [] });
    }
  }
  const groups: WindowGroup[] = [];
  let group: WindowGroup | null = null;
  for (const block of blocks.values()) {
    const first = group?.blocks[0];
    if (!group || !first || block.start - first.start > GROUP_CHARS || group.blocks.length >= GROUP_BLOCKS) {
      group = { index: groups.length, blocks: [], nearEnds: new Set() };
      groups.push(group);
    }
    group.blocks.push(block);
  }
  return groups;
}

/** The elements to watch for a group: its first and last block (one element for a one-block group). */
export function watchedEnds(group: WindowGroup): Element[] {
  const first = group.blocks[0];
  const last = group.blocks.at(-1);
  if (!first || !last) return [];
  return first === last ? [first.element] : [first.element, last.element];
}
