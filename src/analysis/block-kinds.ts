import type { BlockKind } from './types.ts';

const KIND_BY_TAG: Readonly<Record<string, BlockKind>> = {
  P: 'paragraph',
  LI: 'list-item',
  DT: 'list-item',
  DD: 'list-item',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  FIGCAPTION: 'caption',
  CAPTION: 'caption',
  BLOCKQUOTE: 'quote',
};

/**
 * The block kind for an element's tag name ("LI" → "list-item"). Takes the
 * name, not the element, so the analysis stays free of DOM types.
 */
export function blockKindForTag(tagName: string): BlockKind {
  return KIND_BY_TAG[tagName.toUpperCase()] ?? 'unknown';
}
