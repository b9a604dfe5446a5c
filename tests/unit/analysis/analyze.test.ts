import { describe, expect, it } from 'vitest';
import { analyze, analyzeSteps, type Report } from '../../../src/analysis/index.ts';
import { drain } from '../../helpers/drain.ts';
import { DAILY_MAIL, lineWith, SUN } from './helpers.ts';

function textOf(r: Report, span: { start: number; end: number } | null): string | null {
  return span ? r.text.slice(span.start, span.end) : null;
}

function claimWith(r: Report, needle: string) {
  const at = r.text.indexOf(needle);
  return r.claims.find((c) => c.start <= at && at < c.end);
}

function checkInvariants(r: Report, input: string | readonly string[]): void {
  expect(r.text).toBe(typeof input === 'string' ? input : input.join('\n'));
  let last = 0;
  for (const c of r.claims) {
    expect(c.start).toBeGreaterThanOrEqual(last);
    expect(c.end).toBeGreaterThan(c.start);
    expect(c.end).toBeLessThanOrEqual(r.text.length);
    const block = r.blocks[c.block]!;
    expect(c.start).toBeGreaterThanOrEqual(block.start);
    expect(c.end).toBeLessThanOrEqual(block.end);
    for (const s of [c.cue, c.sourceMention]) {
      if (s) {
        expect(s.start).toBeGreaterThanOrEqual(c.start);
        expect(s.end).toBeLessThanOrEqual(c.end);
      }
    }
    if (c.source !== null) expect(r.sources[c.source]).toBeDefined();
    last = c.end;
  }
  r.sources.forEach((s, i) => {
    expect(s.id).toBe(i);
    expect(s.claims).toBe(r.claims.filter((c) => c.source === i).length);
    if (i > 0) expect(s.claims).toBeLessThanOrEqual(r.sources[i - 1]!.claims);
  });
}

describe('analyze on the seed articles', () => {
  it('finds the Daily Mail’s anonymous Telegram channel under all its mentions, as one source', () => {
    const r = analyze(DAILY_MAIL());
    checkInvariants(r, DAILY_MAIL());
    const top = r.sources[0]!;
    expect(top.kind).toBe('anonymous');
    expect(top.name).toBe('General SVR channel');
    const mentions = top.mentions.map((m) => r.text.slice(m.start, m.end));
    expect(mentions).toEqual(
      expect.arrayContaining(['a Telegram channel', 'the General SVR channel', 'they', 'the channel', 'It']),
    );
    expect(textOf(r, claimWith(r, 'according to a Telegram channel')?.cue ?? null)).toBe('according to');
  });

  it('keeps a second anonymous source ("Ukrainian sources") apart from the channel', () => {
    const r = analyze(DAILY_MAIL());
    const claim = claimWith(r, 'Ukrainian sources noted')!;
    expect(claim.category).toBe('anonymous');
    expect(r.sources[claim.source!]!.name).toBe('Ukrainian sources');
  });

  it('flags passive hearsay as vague with no source', () => {
    const r = analyze(DAILY_MAIL());
    for (const needle of ['It is thought that any plane', 'were said yesterday', 'he reportedly needs']) {
      const c = claimWith(r, needle)!;
      expect(c.category).toBe('vague');
      expect(c.source).toBeNull();
    }
  });

  it('follows one expert through six names and the quoted paragraphs between them', () => {
    const r = analyze(SUN());
    checkInvariants(r, SUN());
    const thornton = r.sources[0]!;
    expect(thornton.name).toBe('Dr Rod Thornton');
    expect(thornton.kind).toBe('expert');
    expect(thornton.description).toBe(
      "a senior lecturer in conflict and security studies at King's College London",
    );
    const mentions = new Set(thornton.mentions.map((m) => r.text.slice(m.start, m.end)));
    for (const m of [
      'Dr Thornton',
      'he',
      'He',
      'the professor',
      'The Russia expert',
      'the former Brit infantryman',
      'the defence academic',
    ]) {
      expect(mentions.has(m), m).toBe(true);
    }
    // A quoted paragraph with no cue continues the speaker.
    const implicit = claimWith(r, 'He’s pulled back from Kyiv')!;
    expect(implicit.explicit).toBe(false);
    expect(implicit.source).toBe(thornton.id);
    expect(r.summary.headline).toMatch(/Dr Rod Thornton/);
  });

  it('reads "He said Putin could be replaced" as the expert speaking, not Putin', () => {
    const r = analyze(SUN());
    const c = claimWith(r, 'He said Putin could be replaced')!;
    expect(r.sources[c.source!]!.name).toBe('Dr Rod Thornton');
    expect(textOf(r, c.sourceMention)).toBe('He');
  });

  it('does not attribute a two-word scare quote', () => {
    const r = analyze(SUN());
    expect(claimWith(r, 'being the latest city to be "liberated"')).toBeUndefined();
  });
});

describe('analyze on blocks', () => {
  it('maps offsets into the blocks joined by a newline, one report block per input block', () => {
    const blocks = SUN().split('\n');
    const withBlank = [blocks[0]!, '', ...blocks.slice(1)];
    const r = analyze(withBlank);
    checkInvariants(r, withBlank);
    expect(r.blocks).toHaveLength(withBlank.length);
    const c = claimWith(r, 'He said Putin could be replaced')!;
    expect(withBlank[c.block]).toBe(lineWith(SUN(), 'He said Putin could be replaced'));
  });

  it('continues a speaker through the list items after "said:" when block kinds say so', () => {
    const blocks = [
      'In a wide-ranging interview, President Obama also said:',
      'The UK must stay in the EU to have influence on the world stage',
      'He is confident the Iran nuclear deal will be passed by Congress',
      'Read the full transcript of his interview',
    ];
    const r = analyze(blocks, { blockKinds: ['paragraph', 'list-item', 'list-item', 'paragraph'] });
    expect(r.claims.map((c) => c.block)).toEqual([0, 1, 2]);
    expect(r.claims.every((c) => c.source === 0)).toBe(true);
  });

  it('gives the same report in slices as in one call', () => {
    const input = Array.from({ length: 40 }, () => SUN()).join('\n');
    const { slices, ...r } = drain(analyzeSteps(input));
    expect(slices).toBeGreaterThan(10);
    expect(r.value).toEqual(analyze(input));
  });

  it('returns an empty report for empty or blank input', () => {
    for (const input of ['', '\n\n', '   ', [], ['', '  ']]) {
      const r = analyze(input);
      expect(r.claims).toEqual([]);
      expect(r.sources).toEqual([]);
      expect(r.summary.total).toBe(0);
      expect(r.summary.headline).toBe('No attributed claims found.');
    }
  });
});
