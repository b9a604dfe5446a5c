/**
 * The inline badge after a flagged claim: a `<sourcing-lens-badge>` host with
 * its own shadow root holding one real `<button>`. The button is focusable,
 * labelled for screen readers, and opened by click, Enter or Space. The host
 * has no light-DOM children, so it adds no text to the page (the page's
 * `innerText` and our extraction see nothing of it). All text is set with
 * `textContent` / attributes, never parsed as HTML.
 */
import type { Category } from '../analysis/types.ts';
import { BADGE_CSS } from './badge-styles.ts';
import { BADGE_TAG } from './dom-names.ts';
import { categoryMark } from './labels.ts';

/** What a badge shows. */
export interface BadgeSpec {
  category: Category;
  /** Accessible name, e.g. "Anonymous source: General SVR channel, 11 claims". */
  label: string;
  /** Palette for a dark page. */
  dark: boolean;
  /** Index of the claim in `Report.claims` (kept on the host for tests and debugging). */
  claimIndex: number;
}

/** A badge on the page. */
export interface Badge {
  host: HTMLElement;
  button: HTMLButtonElement;
  setExpanded(open: boolean): void;
  setHidden(hidden: boolean): void;
  flash(): void;
}

/**
 * Creates a badge (not yet inserted). `onActivate` runs on click, Enter or Space;
 * the event never reaches the page (a badge inside a link must not follow it).
 */
export function createBadge(doc: Document, spec: BadgeSpec, onActivate: (badge: Badge) => void): Badge {
  const host = doc.createElement(BADGE_TAG);
  host.dataset.category = spec.category;
  host.dataset.claim = String(spec.claimIndex);
  // Open, so tests (and assistive tech tooling) can reach it; the page gains nothing it could not do to any node.
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  const button = doc.createElement('button');
  button.type = 'button';
  button.dataset.category = spec.category;
  if (spec.dark) button.classList.add('dark');
  button.setAttribute('aria-label', spec.label);
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  button.title = spec.label;
  button.textContent = categoryMark(spec.category);
  root.append(style, button);

  let flashTimer: ReturnType<typeof setTimeout> | null = null;
  const badge: Badge = {
    host,
    button,
    setExpanded(open) {
      button.setAttribute('aria-expanded', String(open));
    },
    setHidden(hidden) {
      host.hidden = hidden;
    },
    flash() {
      if (flashTimer !== null) clearTimeout(flashTimer);
      button.classList.add('flash');
      flashTimer = setTimeout(() => {
        flashTimer = null;
        button.classList.remove('flash');
      }, 1600);
    },
  };

  const stop = (event: Event): void => {
    event.preventDefault();
    event.stopPropagation();
  };
  button.addEventListener('click', (event) => {
    stop(event);
    onActivate(badge);
  });
  // Handled here rather than left to the button's own Enter/Space→click, so
  // page key handlers (shortcuts, Space-to-scroll) never see them and one key
  // press opens exactly once. Preventing keydown also cancels the native click.
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') {
      stop(event);
      if (!event.repeat) onActivate(badge);
    }
  });
  button.addEventListener('keyup', (event) => {
    if (event.key === ' ' || event.key === 'Spacebar') stop(event);
  });
  // Pointer presses must not start the page's drag/selection handlers either.
  button.addEventListener('mousedown', (event) => event.stopPropagation());
  return badge;
}
