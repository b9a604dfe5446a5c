/**
 * The badge details: one popover for the page, in our own shadow root. It says
 * what the category means and why the claim is flagged, who the source is
 * (name, kind, description), the cue, how many of the article's claims rest on
 * that source and what share, and lets the reader step through that source's
 * claims in the page ("show all"). A non-modal dialog: it takes focus when
 * opened, gives it back to the badge when closed with Esc or the close button,
 * and closes on Esc, a click outside, or the badge again. All text is set with
 * `textContent`, so page text (a source name containing markup) stays text.
 */
import type { Category, SourceKind } from '../analysis/types.ts';
import type { Badge } from './badge.ts';
import { POPOVER_TAG } from './dom-names.ts';
import { message } from './i18n.ts';
import { categoryTitle, categoryWhy, claimsWord, kindWords, percent } from './labels.ts';
import { POPOVER_CSS } from './popover-styles.ts';

/** What the popover shows for one claim. */
export interface PopoverContent {
  category: Category;
  source: { name: string; kind: SourceKind; description?: string | undefined } | null;
  /** The claim's cue as written ("according to"), or null. */
  cue: string | null;
  /** Claims in the article that rest on this source (or, for vague claims, vague claims). */
  count: number;
  /** Share of the article's attributed claims this source carries, or null for vague claims. */
  share: number | null;
  /** Attributed claims in the article. */
  attributed: number;
  /** The claims to step through with "show all" (indices into `Report.claims`), in text order. */
  steps: readonly number[];
  /** Position of the opened claim in `steps`. */
  position: number;
}

/** What the popover asks of its owner. */
export interface PopoverHooks {
  /** Scroll to and flash claim `claimIndex`; return its badge (to move the popover there), if any. */
  showClaim(claimIndex: number): Badge | null;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The page's single badge popover. */
export class Popover {
  private host: HTMLElement | null = null;
  private panel: HTMLElement | null = null;
  private anchor: Badge | null = null;
  private content: PopoverContent | null = null;
  private listeners: AbortController | null = null;
  private frame = 0;

  constructor(
    private readonly doc: Document,
    private readonly hooks: PopoverHooks,
    private readonly dark: boolean,
  ) {}

  /** The badge the popover is open for, or null when closed. */
  get openFor(): Badge | null {
    return this.anchor;
  }

  /** The panel element (for tests), or null when never opened. */
  get element(): HTMLElement | null {
    return this.panel;
  }

  /** Opens for `badge`, or closes when already open for it (the badge toggles). */
  toggle(badge: Badge, content: PopoverContent): void {
    if (this.anchor === badge) this.close(true);
    else this.open(badge, content);
  }

  /** Opens (or moves) the popover to `badge` and focuses it. */
  open(badge: Badge, content: PopoverContent): void {
    if (this.anchor) this.close(false);
    const panel = this.ensurePanel();
    this.anchor = badge;
    this.content = content;
    this.render();
    badge.setExpanded(true);
    panel.hidden = false;
    try {
      (panel as HTMLElement & { showPopover?: () => void }).showPopover?.();
    } catch {
      // Not connected or already shown: the fixed-position fallback still works.
    }
    this.position();
    this.listen();
    panel.focus();
  }

  /** Closes; `returnFocus` puts focus back on the badge (Esc, close button, badge). */
  close(returnFocus: boolean): void {
    const badge = this.anchor;
    if (!badge || !this.panel) return;
    this.listeners?.abort();
    this.listeners = null;
    this.doc.defaultView?.cancelAnimationFrame?.(this.frame);
    try {
      (this.panel as HTMLElement & { hidePopover?: () => void }).hidePopover?.();
    } catch {
      // Already hidden.
    }
    this.panel.hidden = true;
    badge.setExpanded(false);
    this.anchor = null;
    this.content = null;
    if (returnFocus && badge.host.isConnected) badge.button.focus();
  }

  /** Removes the popover from the page. */
  destroy(): void {
    this.close(false);
    this.host?.remove();
    this.host = null;
    this.panel = null;
  }

  private ensurePanel(): HTMLElement {
    if (this.panel && this.host?.isConnected) return this.panel;
    const doc = this.doc;
    const host = doc.createElement(POPOVER_TAG);
    const root = host.attachShadow({ mode: 'open' });
    const style = el(doc, 'style', POPOVER_CSS);
    const panel = el(doc, 'div', undefined, this.dark ? 'panel dark' : 'panel');
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-modal', 'false');
    panel.setAttribute('aria-labelledby', 'sl-title');
    panel.tabIndex = -1;
    panel.hidden = true;
    if ('showPopover' in panel) panel.setAttribute('popover', 'manual');
    root.append(style, panel);
    doc.documentElement.append(host);
    this.host = host;
    this.panel = panel;
    return panel;
  }

  private render(): void {
    const { doc, panel, content } = this;
    if (!panel || !content) return;
    panel.dataset.category = content.category;
    const title = el(doc, 'h2');
    title.id = 'sl-title';
    title.append(el(doc, 'span', undefined, 'cat'), doc.createTextNode(categoryTitle(content.category)));
    const close = el(doc, 'button', '×', 'close');
    close.type = 'button';
    close.setAttribute('aria-label', message('content_popover_close'));
    close.addEventListener('click', () => this.close(true));

    const facts = el(doc, 'dl');
    const fact = (term: string, value: string): void => {
      facts.append(el(doc, 'dt', term), el(doc, 'dd', value));
    };
    if (content.source) {
      fact(message('content_fact_source'), content.source.name);
      fact(message('content_fact_kind'), kindWords(content.source.kind));
      if (content.source.description) fact(message('content_fact_who'), content.source.description);
    } else {
      fact(message('content_fact_source'), message('content_fact_source_none'));
    }
    if (content.cue) fact(message('content_fact_cue'), message('content_fact_cue_quoted', [content.cue]));

    const count = el(doc, 'p', undefined, 'count');
    if (content.source && content.share !== null) {
      count.textContent = message('content_popover_count_source', [
        claimsWord(content.count),
        percent(content.share),
        claimsWord(content.attributed),
      ]);
    } else {
      count.textContent = message('content_popover_count_vague', [claimsWord(content.count)]);
    }

    const nav = el(doc, 'div', undefined, 'nav');
    const status = el(doc, 'span', undefined, 'status');
    status.setAttribute('aria-live', 'polite');
    const prev = el(doc, 'button', message('content_nav_previous'), 'prev');
    const next = el(
      doc,
      'button',
      content.steps.length > 1
        ? message('content_nav_show_all', [String(content.steps.length)])
        : message('content_nav_show_in_page'),
      'next',
    );
    prev.type = next.type = 'button';
    const update = (): void => {
      const c = this.content;
      if (!c) return;
      status.textContent = message('content_nav_status', [String(c.position + 1), String(c.steps.length)]);
      prev.disabled = c.steps.length < 2;
    };
    const step = (delta: number): void => {
      const c = this.content;
      if (!c || c.steps.length === 0) return;
      c.position = (c.position + delta + c.steps.length) % c.steps.length;
      next.textContent = message('content_nav_next');
      const badge = this.hooks.showClaim(c.steps[c.position]!);
      if (badge && badge !== this.anchor) {
        this.anchor?.setExpanded(false);
        this.anchor = badge;
        badge.setExpanded(true);
      }
      update();
      this.schedulePosition();
    };
    prev.addEventListener('click', () => step(-1));
    next.addEventListener('click', () => step(content.steps.length > 1 ? 1 : 0));
    update();
    nav.append(prev, next, status);

    panel.replaceChildren(
      title,
      close,
      el(doc, 'p', categoryWhy(content.category), 'why'),
      facts,
      count,
      nav,
    );
  }

  /** Places the panel below the badge (above when there is no room), inside the viewport. */
  private position(): void {
    const { panel, anchor } = this;
    const view = this.doc.defaultView;
    if (!panel || !anchor || !view) return;
    const rect = anchor.host.getBoundingClientRect();
    const width = panel.offsetWidth || 320;
    const height = panel.offsetHeight || 200;
    const vw = view.innerWidth;
    const vh = view.innerHeight;
    let top = rect.bottom + 6;
    if (top + height > vh - 8) {
      // No room below: above the badge if it fits there, else as low as the viewport allows.
      top = rect.top - height - 6 >= 8 ? rect.top - height - 6 : vh - 8 - height;
    }
    const left = Math.max(8, Math.min(rect.left - 12, vw - width - 8));
    panel.style.top = `${Math.max(8, top)}px`;
    panel.style.left = `${left}px`;
  }

  private schedulePosition(): void {
    const view = this.doc.defaultView;
    if (!view?.requestAnimationFrame) return;
    view.cancelAnimationFrame(this.frame);
    this.frame = view.requestAnimationFrame(() => this.position());
  }

  /** Esc, outside clicks, scroll and resize, only while open. */
  private listen(): void {
    this.listeners = new AbortController();
    const { signal } = this.listeners;
    const view = this.doc.defaultView;
    this.doc.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape') return;
        const inside = event.composedPath().some((n) => n === this.host || n === this.anchor?.host);
        this.close(inside || this.doc.activeElement === this.host);
      },
      { capture: true, signal },
    );
    this.doc.addEventListener(
      'pointerdown',
      (event) => {
        const path = event.composedPath();
        if (path.includes(this.host as EventTarget)) return;
        if (this.anchor && path.includes(this.anchor.host)) return; // the badge toggles itself
        this.close(false);
      },
      { capture: true, signal },
    );
    view?.addEventListener('scroll', () => this.schedulePosition(), { capture: true, passive: true, signal });
    view?.addEventListener('resize', () => this.schedulePosition(), { passive: true, signal });
  }
}
