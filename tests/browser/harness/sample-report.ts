import type { Report } from '../../../src/analysis/types.ts';

const TEXT = 'Putin may flee.\nIt is thought he is ill, a source said.';

/**
 * A small, complete and valid analysis report (two flagged claims), for tests that drive the
 * background without a page: what the content script would send once an article is analysed.
 */
export function sampleReport(): Report {
  return {
    text: TEXT,
    blocks: [
      { start: 0, end: 15 },
      { start: 16, end: TEXT.length },
    ],
    claims: [
      {
        start: 0,
        end: 15,
        block: 0,
        category: 'vague',
        source: null,
        explicit: false,
        cue: null,
        sourceMention: null,
      },
      {
        start: 16,
        end: TEXT.length,
        block: 1,
        category: 'anonymous',
        source: 0,
        explicit: true,
        cue: { start: 50, end: 54 },
        sourceMention: { start: 41, end: 49 },
      },
    ],
    sources: [{ id: 0, name: 'a source', kind: 'anonymous', mentions: [{ start: 41, end: 49 }], claims: 1 }],
    summary: {
      counts: { anonymous: 1, 'single-expert': 0, vague: 1, 'on-record': 0 },
      total: 2,
      attributed: 1,
      flagged: 2,
      topSource: { id: 0, share: 1 },
      headline: '1 of 1 attributed claims rest on one anonymous source',
    },
  };
}
