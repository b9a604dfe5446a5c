/**
 * How a windowed drawing cuts an article into groups of claim blocks (pure, no
 * DOM: elements are stand-in objects, compared by identity). The report is the
 * analysis's own, on the Daily Mail seed repeated, so blocks and claims are real.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import type { AnchoredClaim } from '../../src/content/anchoring.ts';
import { GROUP_BLOCKS, GROUP_CHARS, watchedEnds, windowGroups } from '../../src/content/window-groups.ts';
import { seedLines } from '../helpers/corpus.ts';

const blocks = seedLines('dailymail-putin-flee', 20);
const report = analyze(blocks);
/** One stand-in element per block. */
const elements = blocks.map((_, i) => ({ block: i }) as unknown as Element);
/** The claims as anchoring hands them over: in text order, each with its block's element. */
const anchored = report.claims.map(
  (claim, index) => ({ index, claim, block: { element: elements[claim.block] } }) as unknown as AnchoredClaim,
);

describe('window groups', () => {
  const groups = windowGroups(report, anchored);

  it('puts every claim in exactly one block, and every claim block in exactly one group, in text order', () => {
    const claims = groups.flatMap((g) => g.blocks.flatMap((b) => b.claims.map((a) => a.index)));
    expect(claims).toEqual(report.claims.map((_, i) => i));
    const claimBlocks = [...new Set(report.claims.map((c) => c.block))];
    expect(groups.flatMap((g) => g.blocks.map((b) => elements.indexOf(b.element)))).toEqual(claimBlocks);
    expect(groups.map((g) => g.index)).toEqual(groups.map((_, i) => i));
    for (const b of groups.flatMap((g) => g.blocks)) {
      expect(b.start).toBe(report.blocks[elements.indexOf(b.element)]!.start);
      expect(b.drawn).toBe(false);
    }
  });

  it('keeps each group within its bounds, and starts a new one only when a bound is reached', () => {
    expect(groups.length).toBeGreaterThan(1);
    for (const [i, g] of groups.entries()) {
      const first = g.blocks[0]!;
      expect(g.blocks.length).toBeLessThanOrEqual(GROUP_BLOCKS);
      for (const b of g.blocks) expect(b.start - first.start).toBeLessThanOrEqual(GROUP_CHARS);
      const next = groups[i + 1]?.blocks[0];
      if (next) {
        const full = g.blocks.length === GROUP_BLOCKS || next.start - first.start > GROUP_CHARS;
        expect(full).toBe(true);
      }
    }
  });

  it('watches a group through its first and last block', () => {
    for (const g of groups) {
      const ends = watchedEnds(g);
      expect(ends[0]).toBe(g.blocks[0]!.element);
      expect(ends.at(-1)).toBe(g.blocks.at(-1)!.element);
      expect(ends.length).toBe(g.blocks.length === 1 ? 1 : 2);
    }
    expect(windowGroups(report, [])).toEqual([]);
  });
});
