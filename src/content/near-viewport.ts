/**
 * Which block elements lie within a couple of screens of the viewport, for a
 * drawing too large to put on the page at once (see drawing.ts). One
 * IntersectionObserver serves both the badges and the highlights, so the
 * browser computes each block's intersection once per frame, not twice.
 */

/** Above this many anchored claims, a drawing goes on the page only near the viewport. */
export const WINDOW_ABOVE = 400;

/** How far beyond the viewport a block counts as near: three screens above and below. */
const MARGIN = '300% 0px 300% 0px';

/** Watches elements; reports each one's coming near the viewport or leaving it. */
export interface NearViewport {
  observe(element: Element): void;
  disconnect(): void;
}

/** Reports changes: the element and whether it is now near the viewport. */
export type NearChange = (element: Element, near: boolean) => void;

/** Makes a {@link NearViewport}; tests pass their own. */
export type NearViewportFactory = (onChange: NearChange) => NearViewport | null;

/** The browser's IntersectionObserver for `doc`, or null where it is missing (then nothing is windowed). */
export function browserNearViewport(doc: Document): NearViewportFactory {
  return (onChange) => {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    if (typeof view?.IntersectionObserver !== 'function') return null;
    const observer = new view.IntersectionObserver(
      (entries) => {
        for (const entry of entries) onChange(entry.target, entry.isIntersecting);
      },
      { rootMargin: MARGIN },
    );
    return {
      observe: (element) => observer.observe(element),
      disconnect: () => observer.disconnect(),
    };
  };
}
