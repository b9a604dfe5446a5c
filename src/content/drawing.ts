/**
 * One drawing of one report on the page: the category highlights, a badge
 * after every flagged claim, and the popover. Built from positions that were
 * all resolved beforehand (see anchoring.ts), in slices, and taken
 * down again with `detach` (badges, highlights, popover) — the text-node splits
 * made for badges are handed to the owner, which joins them on final teardown:
 * a redraw after the page changed may still hold positions in the split nodes,
 * so they are not joined between one drawing and the next.
 */
import type { Category, Claim, Report, Source } from '../analysis/types.ts';
import type { AnchoredClaim } from './anchoring.ts';
import { type Badge, createBadge } from './badge.ts';
import { type Placement, placeAfterPoint } from './badge-placement.ts';
import { HIGHLIGHT_ATTR } from './dom-names.ts';
import { type HighlightApi, Highlighter, type HighlightItem } from './highlighter.ts';
import { badgeLabel } from './labels.ts';
import {
  browserNearViewport,
  type NearViewport,
  type NearViewportFactory,
  WINDOW_ABOVE,
} from './near-viewport.ts';
import { Popover, type PopoverContent } from './popover.ts';
import { liveRange, type Span2, SplitTracker, staticRange } from './positions.ts';
import type { TextSplit } from './text-splits.ts';
import { type WindowBlock, type WindowGroup, watchedEnds, windowGroups } from './window-groups.ts';

/** Categories that get a badge. */
const BADGED: ReadonlySet<Category> = new Set<Category>(['anonymous', 'single-expert', 'vague']);

/** What a drawing needs from its owner. */
export interface DrawingOptions {
  doc: Document;
  report: Report;
  anchored: readonly AnchoredClaim[];
  /** Whether a category is switched on in the settings. */
  isVisible(category: Category): boolean;
  /** Palette for a dark page. */
  dark: boolean;
  /** Runs our own DOM writes so the page watcher does not take them for page changes. */
  mutate(write: () => void): void;
  /** The Highlight API to use (tests pass a fake); default the browser's, null where missing. */
  highlightApi?: HighlightApi | null;
  /** Watches blocks near the viewport for a large drawing; default the browser's IntersectionObserver. */
  nearViewport?: NearViewportFactory;
}

/**
 * Groups drawn on either side of one that comes near and is not drawn yet. Each
 * change to a very long page costs the browser a relayout of the whole article
 * (40-50 ms on a 3,000-paragraph page, whatever the change's size), so badges go
 * in a few screens ahead at once rather than a screen at a time: a reader
 * scrolling through meets that cost a quarter as often.
 */
const DRAW_AROUND = 4;

/** Claims placed on the page, with their badges. */
export class Drawing {
  readonly highlighter: Highlighter;
  private readonly popover: Popover;
  private readonly byIndex = new Map<number, AnchoredClaim>();
  private readonly badges = new Map<number, Badge>();
  private readonly placements: Placement[] = [];
  private readonly splits: TextSplit[] = [];
  private readonly tracker = new SplitTracker();
  private readonly pending: { a: AnchoredClaim; badge: Badge }[] = [];
  private readonly marked: Element[] = [];
  private readonly windowBlocks = new Map<Element, WindowBlock>();
  private readonly groupOf = new Map<Element, WindowGroup>();
  private readonly groups: WindowGroup[] = [];
  /** Set when the drawing is windowed: only blocks near the viewport get badges and highlights. */
  private readonly near: NearViewport | null = null;
  private detached = false;

  constructor(private readonly options: DrawingOptions) {
    this.highlighter = new Highlighter(options.doc, options.highlightApi);
    this.popover = new Popover(options.doc, { showClaim: (i) => this.showClaim(i) }, options.dark);
    for (const a of options.anchored) this.byIndex.set(a.index, a);
    // A very long article is drawn where the reader is: every badge put into the page costs
    // the browser a layout of its paragraph, and 4,000 of them (a 200 000-word page) meant
    // frames of 60-200 ms however they were sliced. Near the viewport the cost is a few badges
    // at a time, as the reader scrolls.
    if (options.anchored.length > WINDOW_ABOVE) {
      const factory = options.nearViewport ?? browserNearViewport(options.doc);
      this.near = factory((element, near) => this.onNear(element, near));
    }
  }

  /** True when only the blocks near the viewport are drawn (a very long article). */
  get windowed(): boolean {
    return this.near !== null;
  }

  /**
   * Draws everything: {@link prepareSteps}, {@link placeSteps}, {@link finishSteps}.
   * (The controller runs the phases one by one, to time each apart.)
   */
  *drawSteps(): Generator<void, void, void> {
    yield* this.prepareSteps();
    yield* this.placeSteps();
    yield* this.finishSteps();
  }

  /**
   * Phase 1: creates the badges off the page, 24 at a time. Nothing on the
   * page changes, so the browser has nothing to lay out between these slices.
   */
  *prepareSteps(): Generator<void, void, void> {
    const { anchored } = this.options;
    const chunk = 24;
    this.highlighter.installStyles(this.options.dark);
    if (this.near) return;
    const flagged = anchored.filter((a) => BADGED.has(a.claim.category));
    for (let i = 0; i < flagged.length; i += chunk) {
      if (this.detached) return;
      for (const a of flagged.slice(i, i + chunk)) this.pending.push({ a, badge: this.makeBadge(a) });
      yield;
    }
  }

  /**
   * Phase 2: puts the badges into the page in text order, following our own
   * text-node splits (see positions.ts). Every slice that changes the page costs
   * a layout of the page afterwards; a drawing large enough for that to matter is
   * windowed and places nothing here (see {@link windowed}).
   */
  *placeSteps(): Generator<void, void, void> {
    const chunk = 64;
    if (this.near) return;
    const pending = this.pending.splice(0);
    for (let i = 0; i < pending.length; i += chunk) {
      if (this.detached) return;
      this.options.mutate(() => {
        for (const { a, badge } of pending.slice(i, i + chunk)) this.place(a, badge);
      });
      if (i + chunk < pending.length) yield;
    }
  }

  /**
   * Phase 3: brings every claim's position up to date with our splits (in
   * slices), then registers the highlights (one call per category). Highlights
   * go last: while a highlight is registered, each frame after a DOM change
   * makes the browser re-resolve all its ranges.
   */
  *finishSteps(): Generator<void, void, void> {
    const { anchored, isVisible, dark } = this.options;
    if (this.near) {
      yield* this.watchSteps();
      return;
    }
    const items: HighlightItem[] = [];
    for (let i = 0; i < anchored.length; i++) {
      if (i > 0 && i % 256 === 0) yield;
      if (this.detached) return;
      const a = anchored[i]!;
      a.span = this.tracker.followSpan(a.span);
      items.push(this.itemFor(a, a.span));
    }
    if (this.detached) return;
    for (const element of new Set(items.map((item) => item.element))) this.mark(element);
    this.highlighter.draw(items, isVisible, dark);
  }

  /**
   * A windowed drawing's last phase: empty highlights per category, then every
   * block with claims under watch. Blocks near the viewport are drawn when the
   * observer first reports (a frame later), the rest as the reader scrolls to them.
   */
  private *watchSteps(): Generator<void, void, void> {
    const { anchored, isVisible, dark, report } = this.options;
    this.highlighter.draw([], isVisible, dark, new Set(anchored.map((a) => a.claim.category)));
    this.groups.push(...windowGroups(report, anchored));
    for (const group of this.groups) {
      for (const block of group.blocks) this.windowBlocks.set(block.element, block);
    }
    for (let i = 0; i < this.groups.length; i++) {
      if (this.detached) return;
      for (const end of watchedEnds(this.groups[i]!)) {
        this.groupOf.set(end, this.groups[i]!);
        this.near?.observe(end);
      }
      if (i % 128 === 127) yield;
    }
  }

  /**
   * The observer's report on a group's end: the group is drawn when it first comes
   * near, and its highlights are held only while one of its ends is near.
   */
  private onNear(element: Element, near: boolean): void {
    const group = this.groupOf.get(element);
    if (!group || this.detached) return;
    const wasNear = group.nearEnds.size > 0;
    if (near) group.nearEnds.add(element);
    else group.nearEnds.delete(element);
    const isNear = group.nearEnds.size > 0;
    if (isNear === wasNear) return;
    if (!isNear) {
      for (const block of group.blocks) this.highlighter.remove(block.items);
      return;
    }
    if (group.blocks.some((b) => !b.drawn)) {
      const around = this.groups.slice(Math.max(0, group.index - DRAW_AROUND), group.index + DRAW_AROUND + 1);
      this.options.mutate(() => {
        for (const g of around) for (const block of g.blocks) this.drawBlock(block);
      });
    }
    for (const block of group.blocks) this.showBlock(block);
  }

  /** Puts a windowed block's badges on the page (once) and its ranges into the highlights. */
  private showBlock(block: WindowBlock): void {
    this.drawBlock(block);
    this.highlighter.add(block.items);
  }

  /** Puts a windowed block's badges on the page and makes its highlight items, once. */
  private drawBlock(block: WindowBlock): void {
    if (!block.drawn) {
      block.drawn = true;
      this.options.mutate(() => {
        for (const a of block.claims) {
          if (BADGED.has(a.claim.category)) this.place(a, this.makeBadge(a));
        }
      });
      this.mark(block.element);
      block.items = block.claims.map((a) => this.itemFor(a));
    }
  }

  /** The highlight item of a claim, over its span as it is now (after our splits). */
  private itemFor(a: AnchoredClaim, span: Span2 = this.tracker.followSpan(a.span)): HighlightItem {
    const { doc } = this.options;
    return {
      category: a.claim.category,
      range: staticRange(doc, span) ?? liveRange(doc, span),
      element: a.block.element,
    };
  }

  /** Marks a block element so the page's highlight rules apply inside it (see highlight-styles.ts). */
  private mark(element: Element): void {
    if (element.hasAttribute(HIGHLIGHT_ATTR)) return;
    element.setAttribute(HIGHLIGHT_ATTR, '');
    this.marked.push(element);
  }

  /** A windowed drawing draws a claim's block on demand (scrolling to it, opening its badge). */
  private ensureDrawn(a: AnchoredClaim): void {
    const block = this.windowBlocks.get(a.block.element);
    if (block && !block.drawn && !this.detached) this.showBlock(block);
  }

  private makeBadge(a: AnchoredClaim): Badge {
    const { report, doc } = this.options;
    const { claim } = a;
    const source = this.sourceOf(claim);
    const badge = createBadge(
      doc,
      {
        category: claim.category,
        label: badgeLabel(claim.category, source, report.summary.counts.vague),
        dark: this.options.dark,
        claimIndex: a.index,
      },
      (b) => this.popover.toggle(b, this.popoverContent(a.index)),
    );
    badge.setHidden(!this.options.isVisible(claim.category));
    return badge;
  }

  private place(a: AnchoredClaim, badge: Badge): void {
    const end = this.tracker.follow(a.span.end, 'end');
    if (!end.node.isConnected) return;
    const placement = placeAfterPoint(end.node, end.offset, badge.host, a.block.element);
    if (!placement) return;
    this.placements.push(placement);
    this.badges.set(a.index, badge);
    if (placement.split) {
      this.splits.push(placement.split);
      this.tracker.add(placement.split);
    }
  }

  /** The source a claim rests on, or null (vague hearsay). */
  private sourceOf(claim: Claim): Source | null {
    return claim.source === null ? null : (this.options.report.sources[claim.source] ?? null);
  }

  /** What the popover shows for claim `index`. */
  popoverContent(index: number): PopoverContent {
    const { report } = this.options;
    const claim = report.claims[index]!;
    const source = this.sourceOf(claim);
    const sameSource = (c: Claim): boolean =>
      source ? c.source === claim.source : c.source === null && c.category === claim.category;
    const steps = [...this.byIndex.values()].filter((a) => sameSource(a.claim)).map((a) => a.index);
    steps.sort((x, y) => x - y);
    const attributed = report.summary.attributed;
    return {
      category: claim.category,
      source: source ? { name: source.name, kind: source.kind, description: source.description } : null,
      cue: claim.cue ? report.text.slice(claim.cue.start, claim.cue.end) : null,
      count: source ? source.claims : report.claims.filter(sameSource).length,
      share: source ? (attributed > 0 ? source.claims / attributed : 0) : null,
      attributed,
      steps,
      position: Math.max(0, steps.indexOf(index)),
    };
  }

  /** Shows or hides one category at once: its highlight (one registry call) and its badges. */
  setVisible(category: Category, on: boolean): void {
    this.highlighter.setVisible(category, on);
    for (const [index, badge] of this.badges) {
      if (this.options.report.claims[index]?.category !== category) continue;
      badge.setHidden(!on);
      if (!on && this.popover.openFor === badge) this.popover.close(false);
    }
  }

  /** The badge of claim `index`, if it has one on the page. */
  badgeFor(index: number): Badge | null {
    return this.badges.get(index) ?? null;
  }

  /** Opens the popover for claim `index` (tests, keyboard users from the popup). */
  open(index: number): boolean {
    const a = this.byIndex.get(index);
    if (a) this.ensureDrawn(a);
    const badge = this.badges.get(index);
    if (!badge) return false;
    this.popover.open(badge, this.popoverContent(index));
    return true;
  }

  /** The popover (for tests). */
  get popoverElement(): HTMLElement | null {
    return this.popover.element;
  }

  /**
   * Scrolls claim `index` into view and flashes it. Returns its badge (if any),
   * or null; `false` when the claim is not on the page.
   */
  showClaim(index: number): Badge | null {
    const a = this.byIndex.get(index);
    if (!a || this.detached) return null;
    this.ensureDrawn(a);
    const view = this.options.doc.defaultView;
    // (Range geometry is missing only in test DOMs; there is nothing to scroll there.)
    const doc = this.options.doc;
    const span = this.tracker.followSpan(a.span);
    if (!span.start.node.isConnected || !span.end.node.isConnected) return null;
    const range = liveRange(doc, span);
    const rect = typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : null;
    if (view && rect && (rect.top < 0 || rect.bottom > view.innerHeight * 0.8)) {
      const reduce = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
      view.scrollBy({ top: rect.top - view.innerHeight / 3, behavior: reduce ? 'auto' : 'smooth' });
    }
    this.highlighter.flash(staticRange(doc, span) ?? range);
    const badge = this.badges.get(index) ?? null;
    badge?.flash();
    return badge;
  }

  /** True when claim `index` is anchored on the page. */
  has(index: number): boolean {
    return this.byIndex.has(index);
  }

  /** Number of badges placed. */
  get badgeCount(): number {
    return this.badges.size;
  }

  /**
   * Takes the drawing off the page: popover, highlights, badges. Returns the
   * text-node splits it made, newest last, for the owner to join on teardown.
   */
  detach(): TextSplit[] {
    if (this.detached) return [];
    this.detached = true;
    this.near?.disconnect();
    this.popover.destroy();
    this.highlighter.destroy();
    for (const element of this.marked) element.removeAttribute(HIGHLIGHT_ATTR);
    this.marked.length = 0;
    this.windowBlocks.clear();
    this.groupOf.clear();
    this.groups.length = 0;
    this.options.mutate(() => {
      for (const p of this.placements) p.badge.remove();
    });
    this.placements.length = 0;
    this.badges.clear();
    return this.splits.splice(0);
  }
}
