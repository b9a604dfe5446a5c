/**
 * Anchoring: the analysis speaks in offsets of `Report.text` (the blocks joined
 * by "\n"); the page needs DOM positions. Offsets become block-relative offsets
 * (via `Report.blocks[i]`), and extract's offset map turns those into boundary
 * points in the page's text nodes (see positions.ts for why not live Ranges).
 * All positions are resolved before anything is drawn, so a failure to anchor
 * never leaves a half-drawn page.
 */
import type { Claim, Report } from '../analysis/types.ts';
import { spanPoints } from '../extract/index.ts';
import type { ExtractedArticle, ExtractedBlock } from '../extract/types.ts';
import type { Span2 } from './positions.ts';

/** A claim tied to the page. */
export interface AnchoredClaim {
  /** Index of the claim in `Report.claims`. */
  index: number;
  claim: Claim;
  /** The claim's sentence in the page, as boundary points (kept current across our splits by the drawing). */
  span: Span2;
  block: ExtractedBlock;
}

/** What anchoring produced. */
export interface AnchorResult {
  anchored: AnchoredClaim[];
  /** Claims that could not be anchored (offsets outside their block, or no page text under them). */
  missed: number;
}

/**
 * Checks that a report was made from exactly these blocks. Returns a reason when
 * it was not (a stale report after the page changed), or null.
 */
export function alignmentProblem(report: Report, article: ExtractedArticle): string | null {
  if (report.blocks.length !== article.blocks.length) {
    return `report has ${report.blocks.length} blocks, page has ${article.blocks.length}`;
  }
  for (let i = 0; i < report.blocks.length; i++) {
    const span = report.blocks[i]!;
    const block = article.blocks[i]!;
    if (
      span.end - span.start !== block.text.length ||
      report.text.slice(span.start, span.end) !== block.text
    ) {
      return `block ${i} differs from the page`;
    }
  }
  return null;
}

/**
 * The block-relative span of a claim, or null when the claim does not lie inside
 * its block (which would be an analysis bug; we then skip the claim, not crash).
 */
export function blockRelativeSpan(report: Report, claim: Claim): { start: number; end: number } | null {
  const span = report.blocks[claim.block];
  if (!span) return null;
  const start = claim.start - span.start;
  const end = claim.end - span.start;
  if (!(start >= 0 && end >= start && end <= span.end - span.start)) return null;
  return { start, end };
}

/** Claims anchored per step, so a long article anchors in slices. */
const CHUNK = 64;

/** Resolves every claim to page positions, as a generator yielding every {@link CHUNK} claims. */
export function* anchorSteps(report: Report, article: ExtractedArticle): Generator<void, AnchorResult, void> {
  const anchored: AnchoredClaim[] = [];
  let missed = 0;
  for (let i = 0; i < report.claims.length; i++) {
    if (i > 0 && i % CHUNK === 0) yield;
    const claim = report.claims[i]!;
    const span = blockRelativeSpan(report, claim);
    const block = article.blocks[claim.block];
    if (!span || !block) {
      missed++;
      continue;
    }
    const points = spanPoints(block, span.start, span.end);
    if (points) anchored.push({ index: i, claim, span: points, block });
    else missed++;
  }
  return { anchored, missed };
}

/** Anchors everything in one go (tests, small articles). */
export function anchorAll(report: Report, article: ExtractedArticle): AnchorResult {
  const steps = anchorSteps(report, article);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
