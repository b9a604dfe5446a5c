/**
 * What each extracted block is on the page (heading, list item, caption,
 * quotation, paragraph), for the analysis's `blockKinds` option: a list item
 * after "…said:" continues that speaker, a heading never continues a quote.
 * Read from the block's element and its nearest structural ancestor. Shared
 * by the content script and the command line, so both give the analysis the
 * same kinds.
 */
import type { BlockKind } from '../analysis/index.ts';
import type { ExtractedBlock } from './types.ts';

/** The kind of one block. */
export function blockKind(block: ExtractedBlock): BlockKind {
  const el = block.element;
  const tag = el.localName;
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return 'list-item';
  if (tag === 'figcaption' || tag === 'caption' || el.closest('figcaption')) return 'caption';
  if (tag === 'blockquote' || el.closest('blockquote')) return 'quote';
  if (tag === 'p') return 'paragraph';
  return 'unknown';
}

/** The kinds of all blocks, in order. */
export function blockKinds(blocks: readonly ExtractedBlock[]): BlockKind[] {
  return blocks.map(blockKind);
}
