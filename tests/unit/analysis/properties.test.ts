import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeSteps, type Report, type Span } from '../../../src/analysis/index.ts';
import { ADVERSARIAL_CASES } from '../../../src/evaluation/adversarial.ts';
import { drain } from '../../helpers/drain.ts';
import { SUN } from './helpers.ts';

/** Pieces of news writing, hostile characters and scripts that the analysis must survive in any order. */
const FRAGMENTS = [
  'said',
  ' said ',
  'according to',
  'It is thought',
  'reportedly',
  'an estimated',
  'sources',
  'the professor',
  'He',
  'he said',
  'Dr',
  'Mr.',
  'U.S.',
  'J.',
  ', who',
  ', a senior lecturer at',
  'told',
  ':',
  ';',
  ',',
  '.',
  '?',
  '!',
  '…',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '«',
  '»',
  '—',
  '\n',
  '\r\n',
  ' ',
  '\t',
  '\u00a0',
  '\u200b',
  '\u0000',
  '\u001b',
  '😀',
  '👩‍👩‍👧',
  '\ud800',
  '\udc00',
  'قال المسؤول',
  'שלום',
  '据消息人士称',
  '関係者によると',
  'Ä',
  'É',
  'ß',
  '<img src=x onerror=alert(1)>',
  'The minister said: “We will.”',
  'Officials said',
];

const articleText = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 12 })), {
    maxLength: 80,
  })
  .map((parts) => parts.join(''));

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when an offset does not fall between the two halves of a surrogate pair. */
function onCodePointBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  return !(isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset)));
}

function spansOf(r: Report): Span[] {
  return [
    ...r.blocks,
    ...r.claims.flatMap((c) => [c, c.cue, c.sourceMention].filter((s): s is Span => s !== null)),
    ...r.sources.flatMap((s) => s.mentions),
  ];
}

function checkReport(r: Report): void {
  for (const s of spansOf(r)) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(r.text.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
    expect(onCodePointBoundary(r.text, s.start)).toBe(true);
    expect(onCodePointBoundary(r.text, s.end)).toBe(true);
  }
  for (let i = 1; i < r.claims.length; i++)
    expect(r.claims[i]!.start).toBeGreaterThanOrEqual(r.claims[i - 1]!.end);
  for (const c of r.claims) if (c.source !== null) expect(r.sources[c.source]).toBeDefined();
  expect(r.summary.total).toBe(r.claims.length);
}

describe('analysis under arbitrary input', () => {
  it('never throws, keeps every offset in the input and on a code point boundary, claims ordered and apart', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const r = analyze(text);
        expect(r.text).toBe(text);
        checkReport(r);
      }),
      { numRuns: 400 },
    );
  });

  it('does the same for lists of blocks, including thousands of them', () => {
    fc.assert(
      fc.property(fc.array(articleText, { maxLength: 30 }), (blocks) => {
        const r = analyze(blocks);
        expect(r.text).toBe(blocks.join('\n'));
        expect(r.blocks).toHaveLength(blocks.length);
        checkReport(r);
      }),
      { numRuns: 150 },
    );
    const many = Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? '"Quoted," he said.' : `Block ${i}.`));
    checkReport(analyze(many));
  });

  it('gives the same report for the same input, in one call or in slices', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const a = analyze(text);
        const r = drain(analyzeSteps(text));
        expect(r.value).toEqual(a);
        expect(analyze(text)).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });
});

/*
 * Not a speed test: a ratio with a wide margin. Linear work grows 10× when the
 * input does; a quadratic blow-up grows 100×. The bench reports the real figures.
 */
describe('growth on adversarial input', () => {
  const cpuMs = (fn: () => void): number => {
    fn();
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) {
      const t = process.cpuUsage();
      fn();
      const d = process.cpuUsage(t);
      best = Math.min(best, (d.user + d.system) / 1000);
    }
    return best;
  };
  const cases = [
    ...ADVERSARIAL_CASES.map((c) => [c.name, c.build] as const),
    [
      'news text',
      (n: number) =>
        SUN()
          .repeat(Math.ceil(n / SUN().length))
          .slice(0, n),
    ] as const,
  ];
  it.each(cases)('%s grows far less than quadratically', (_name, build) => {
    const small = build(30_000);
    const big = build(300_000);
    const ratio =
      cpuMs(() => analyze(big)) /
      Math.max(
        1,
        cpuMs(() => analyze(small)),
      );
    expect(ratio).toBeLessThan(35);
  });
});
