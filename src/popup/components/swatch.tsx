import type { Category } from '../../analysis/types.ts';

/** A small sample of a category's colour and pattern; decorative (the label says the category). */
export function Swatch({ category }: { category: Category }) {
  return <span class={`swatch fill-${category}`} aria-hidden="true" />;
}
