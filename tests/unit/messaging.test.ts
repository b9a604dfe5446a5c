import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/types.ts';
import {
  acceptBackgroundRequest,
  acceptContentRequest,
  isFromOwnContentScript,
  isFromOwnExtensionPage,
  MessageError,
  parseAnalyseResponse,
  parseBackgroundRequest,
  parseContentRequest,
  parseOk,
  parseReport,
  parseStoredTabState,
  parseTabState,
  REPORT_LIMITS,
  requestBackground,
  requestContent,
  type Self,
} from '../../src/messaging/index.ts';

const TEXT = 'Putin may flee.\nIt is thought he is ill, a source said.';

/** A small but complete report, as the analysis produces it. */
function sampleReport(): Report {
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
    sources: [
      {
        id: 0,
        name: 'a source',
        kind: 'anonymous',
        mentions: [{ start: 41, end: 49 }],
        claims: 1,
        description: 'close to him',
      },
    ],
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

const SELF: Self = { id: 'abcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnop/' };
const CONTENT_SENDER = {
  id: SELF.id,
  url: 'https://www.dailymail.co.uk/news/a.html',
  frameId: 0,
  tab: { id: 7 },
};
const POPUP_SENDER = { id: SELF.id, url: `${SELF.origin}src/popup/index.html` };
const page = { url: 'https://www.dailymail.co.uk/news/a.html', title: 'Putin may flee' };

// biome-ignore lint/suspicious/noExplicitAny: the bad-shape table pokes at arbitrary paths on purpose.
type Loose = any;

/** Returns a copy of the sample report with one change applied. */
function mutate(change: (r: Loose) => void): unknown {
  const r: Loose = structuredClone(sampleReport());
  change(r);
  return r;
}

describe('parseReport', () => {
  it('accepts a well-formed report and returns a clean copy', () => {
    const report = sampleReport();
    const parsed = parseReport(report);
    expect(parsed).toEqual(report);
    expect(parsed).not.toBe(report);
  });

  it('accepts an empty report', () => {
    const empty = {
      text: '',
      blocks: [],
      claims: [],
      sources: [],
      summary: {
        counts: { anonymous: 0, 'single-expert': 0, vague: 0, 'on-record': 0 },
        total: 0,
        attributed: 0,
        flagged: 0,
        topSource: null,
        headline: '',
      },
    };
    expect(parseReport(empty)).toEqual(empty);
  });

  const bad: [string, unknown][] = [
    ['null', null],
    ['a string', 'report'],
    ['an array', []],
    ['an extra key', mutate((r) => (r.extra = 1))],
    ['a missing key', mutate((r) => delete r.summary)],
    ['text not a string', mutate((r) => (r.text = 42))],
    ['a claim past the text', mutate((r) => (r.claims[1].end = TEXT.length + 1))],
    ['a claim with end before start', mutate((r) => (r.claims[0].end = -1))],
    ['a fractional offset', mutate((r) => (r.claims[0].end = 3.5))],
    ['overlapping claims', mutate((r) => (r.claims[1].start = 10))],
    ['claims out of order', mutate((r) => r.claims.reverse())],
    ['a claim outside its block', mutate((r) => (r.claims[1].block = 0))],
    ['a block index out of range', mutate((r) => (r.claims[1].block = 9))],
    ['an unknown category', mutate((r) => (r.claims[0].category = 'evil'))],
    ['a dangling source id', mutate((r) => (r.claims[1].source = 3))],
    ['explicit not a boolean', mutate((r) => (r.claims[1].explicit = 'yes'))],
    ['a cue outside the text', mutate((r) => (r.claims[1].cue = { start: 0, end: 9999 }))],
    ['a cue with extra keys', mutate((r) => (r.claims[1].cue = { start: 0, end: 1, x: 1 }))],
    ['a missing cue', mutate((r) => delete r.claims[1].cue)],
    ['blocks overlapping', mutate((r) => (r.blocks[1].start = 5))],
    ['a source id not its index', mutate((r) => (r.sources[0].id = 1))],
    ['an unknown source kind', mutate((r) => (r.sources[0].kind = 'alien'))],
    ['a huge source name', mutate((r) => (r.sources[0].name = 'x'.repeat(REPORT_LIMITS.nameLength + 1)))],
    ['a description not a string', mutate((r) => (r.sources[0].description = { html: '<b>' }))],
    ['a mention outside the text', mutate((r) => (r.sources[0].mentions = [{ start: 1, end: 1e9 }]))],
    ['negative claim count', mutate((r) => (r.sources[0].claims = -1))],
    ['missing count category', mutate((r) => delete r.summary.counts.vague)],
    ['a count above the claims', mutate((r) => (r.summary.counts.vague = 5))],
    ['a share above 1', mutate((r) => (r.summary.topSource.share = 1.5))],
    ['a NaN share', mutate((r) => (r.summary.topSource.share = Number.NaN))],
    ['a dangling top source', mutate((r) => (r.summary.topSource.id = 4))],
    ['a headline not a string', mutate((r) => (r.summary.headline = null))],
    ['text too long', mutate((r) => (r.text = 'x'.repeat(REPORT_LIMITS.textLength + 1)))],
    ['too many claims', mutate((r) => (r.claims = new Array(REPORT_LIMITS.claims + 1).fill(r.claims[0])))],
  ];
  it.each(bad)('refuses %s', (_name, value) => {
    expect(parseReport(value)).toBeNull();
  });

  it('refuses a hostile object whose getter throws, without throwing', () => {
    const hostile = sampleReport() as unknown as Record<string, unknown>;
    Object.defineProperty(hostile, 'claims', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(parseReport(hostile)).toBeNull();
  });
});

describe('tab state', () => {
  it('accepts each status with the right fields', () => {
    expect(parseTabState({ status: 'ready', report: sampleReport(), page })).toEqual({
      status: 'ready',
      report: sampleReport(),
      page,
    });
    expect(parseTabState({ status: 'analysing' })).toEqual({ status: 'analysing' });
    expect(parseTabState({ status: 'not-article', page })).toEqual({ status: 'not-article', page });
    expect(parseTabState({ status: 'off' })).toEqual({ status: 'off' });
    expect(parseTabState({ status: 'error', error: 'Extraction failed' })).toEqual({
      status: 'error',
      error: 'Extraction failed',
    });
  });

  it('refuses bad states', () => {
    expect(parseTabState({ status: 'ready', page })).toBeNull();
    expect(parseTabState({ status: 'ready', report: sampleReport() })).toBeNull();
    expect(parseTabState({ status: 'ready', report: { bad: 1 }, page })).toBeNull();
    expect(parseTabState({ status: 'analysing', report: sampleReport() })).toBeNull();
    expect(parseTabState({ status: 'error' })).toBeNull();
    expect(parseTabState({ status: 'done' })).toBeNull();
    expect(parseTabState({ status: 'off', page: { url: 1, title: '' } })).toBeNull();
    expect(parseTabState({ status: 'off', page: { url: 'x'.repeat(10_000), title: '' } })).toBeNull();
    expect(parseTabState('ready')).toBeNull();
  });

  it('checks stored states with their timestamp', () => {
    expect(parseStoredTabState({ status: 'off', updatedAt: 5 })).toEqual({ status: 'off', updatedAt: 5 });
    expect(parseStoredTabState({ status: 'off' })).toBeNull();
    expect(parseStoredTabState({ status: 'off', updatedAt: 'now' })).toBeNull();
  });
});

describe('background requests', () => {
  it('parses each request', () => {
    expect(parseBackgroundRequest({ type: 'report', status: 'ready', report: sampleReport(), page })).toEqual(
      {
        type: 'report',
        status: 'ready',
        report: sampleReport(),
        page,
      },
    );
    expect(parseBackgroundRequest({ type: 'report', status: 'analysing' })).toEqual({
      type: 'report',
      status: 'analysing',
    });
    expect(parseBackgroundRequest({ type: 'get-tab-state', tabId: 3 })).toEqual({
      type: 'get-tab-state',
      tabId: 3,
    });
    expect(parseBackgroundRequest({ type: 'ensure-content', tabId: 3 })).toEqual({
      type: 'ensure-content',
      tabId: 3,
    });
  });

  it('refuses malformed requests', () => {
    for (const bad of [
      null,
      'get-tab-state',
      {},
      { type: 'nope' },
      { type: 'get-tab-state' },
      { type: 'get-tab-state', tabId: '3' },
      { type: 'get-tab-state', tabId: -1 },
      { type: 'get-tab-state', tabId: 3, extra: true },
      { type: 'report', status: 'ready', page },
      { type: 'report', status: 'weird' },
      { type: 'report', status: 'analysing', tabId: 3 },
    ]) {
      expect(parseBackgroundRequest(bad)).toBeNull();
    }
  });

  it('takes reports only from our content script in a tab, top frame', () => {
    const msg = { type: 'report', status: 'analysing' };
    expect(acceptBackgroundRequest(msg, CONTENT_SENDER, SELF)).toEqual({ request: msg, tabId: 7 });
    expect(acceptBackgroundRequest(msg, { ...CONTENT_SENDER, id: 'other-extension' }, SELF)).toBeNull();
    expect(acceptBackgroundRequest(msg, { ...CONTENT_SENDER, tab: undefined }, SELF)).toBeNull();
    expect(acceptBackgroundRequest(msg, { ...CONTENT_SENDER, frameId: 2 }, SELF)).toBeNull();
    expect(acceptBackgroundRequest(msg, { url: CONTENT_SENDER.url, tab: { id: 7 } }, SELF)).toBeNull();
  });

  it('takes tab-state requests only from our extension pages', () => {
    const msg = { type: 'get-tab-state', tabId: 7 };
    expect(acceptBackgroundRequest(msg, POPUP_SENDER, SELF)).toEqual({ request: msg });
    // The popup opened as a tab (tests) still counts: its URL is ours.
    expect(acceptBackgroundRequest(msg, { ...POPUP_SENDER, tab: { id: 9 }, frameId: 0 }, SELF)).toEqual({
      request: msg,
    });
    expect(acceptBackgroundRequest(msg, CONTENT_SENDER, SELF)).toBeNull();
    expect(acceptBackgroundRequest(msg, { ...POPUP_SENDER, id: 'evil' }, SELF)).toBeNull();
    expect(
      acceptBackgroundRequest(msg, { id: SELF.id, url: 'chrome-extension://otherextensionid/x.html' }, SELF),
    ).toBeNull();
    expect(acceptBackgroundRequest(msg, { id: SELF.id }, SELF)).toBeNull();
  });
});

describe('analyse requests', () => {
  const blocks = TEXT.split('\n');
  const request = {
    type: 'analyse',
    blocks,
    bodyStart: 1,
    blockKinds: ['heading', 'paragraph'],
    page,
  };

  it('parses a well-formed request', () => {
    expect(parseBackgroundRequest(request)).toEqual(request);
    expect(parseBackgroundRequest({ ...request, blocks: [], blockKinds: [], bodyStart: 0 })).toEqual({
      ...request,
      blocks: [],
      blockKinds: [],
      bodyStart: 0,
    });
  });

  it('refuses malformed or oversized requests', () => {
    for (const bad of [
      { ...request, blocks: 'one block' },
      { ...request, blocks: ['a', 2] },
      { ...request, blockKinds: ['heading'] },
      { ...request, blockKinds: ['heading', 'sidebar'] },
      { ...request, bodyStart: 3 },
      { ...request, bodyStart: -1 },
      { ...request, page: { url: 'x' } },
      { ...request, extra: 1 },
      { ...request, blocks: ['x'.repeat(REPORT_LIMITS.textLength + 1)], blockKinds: ['paragraph'] },
      {
        ...request,
        blocks: Array.from({ length: REPORT_LIMITS.blocks + 1 }, () => ''),
        blockKinds: Array.from({ length: REPORT_LIMITS.blocks + 1 }, () => 'paragraph'),
      },
    ]) {
      expect(parseBackgroundRequest(bad)).toBeNull();
    }
  });

  it('takes them only from our content script in a tab, never from an extension page', () => {
    expect(acceptBackgroundRequest(request, CONTENT_SENDER, SELF)).toEqual({ request, tabId: 7 });
    expect(acceptBackgroundRequest(request, { ...CONTENT_SENDER, id: 'other-extension' }, SELF)).toBeNull();
    expect(acceptBackgroundRequest(request, { ...CONTENT_SENDER, frameId: 3 }, SELF)).toBeNull();
    expect(acceptBackgroundRequest(request, POPUP_SENDER, SELF)).toBeNull();
  });

  it('checks the answer: a valid report and nothing else', async () => {
    expect(parseAnalyseResponse({ report: sampleReport() })).toEqual({ report: sampleReport() });
    expect(parseAnalyseResponse({ report: sampleReport(), extra: 1 })).toBeNull();
    expect(parseAnalyseResponse({ report: { ...sampleReport(), text: 5 } })).toBeNull();
    expect(parseAnalyseResponse(null)).toBeNull();
    const answer = async () => ({ report: sampleReport() });
    expect(await requestBackground(answer, request as Parameters<typeof requestBackground>[1])).toEqual({
      report: sampleReport(),
    });
  });
});

describe('content requests', () => {
  it('parses each request', () => {
    expect(parseContentRequest({ type: 'scroll-to-claim', claimIndex: 4 })).toEqual({
      type: 'scroll-to-claim',
      claimIndex: 4,
    });
    expect(parseContentRequest({ type: 'reanalyze' })).toEqual({ type: 'reanalyze' });
    expect(parseContentRequest({ type: 'get-report' })).toEqual({ type: 'get-report' });
  });

  it('refuses malformed requests', () => {
    for (const bad of [
      undefined,
      [],
      { type: 'scroll-to-claim' },
      { type: 'scroll-to-claim', claimIndex: -1 },
      { type: 'scroll-to-claim', claimIndex: 1.5 },
      { type: 'scroll-to-claim', claimIndex: '1' },
      { type: 'reanalyze', force: true },
      { type: 'get-report', tabId: 1 },
      { type: 'report', status: 'off' },
    ]) {
      expect(parseContentRequest(bad)).toBeNull();
    }
  });

  it('takes requests only from our extension pages or background, never from a page', () => {
    const msg = { type: 'reanalyze' };
    expect(acceptContentRequest(msg, POPUP_SENDER, SELF)).toEqual(msg);
    expect(
      acceptContentRequest(msg, { id: SELF.id, url: `${SELF.origin}service-worker-loader.js` }, SELF),
    ).toEqual(msg);
    expect(acceptContentRequest(msg, CONTENT_SENDER, SELF)).toBeNull();
    expect(acceptContentRequest(msg, { url: POPUP_SENDER.url }, SELF)).toBeNull();
  });

  it('has sender predicates that refuse an empty origin', () => {
    expect(isFromOwnExtensionPage(POPUP_SENDER, { id: SELF.id, origin: '' })).toBe(false);
    expect(isFromOwnContentScript({ id: SELF.id, tab: { id: 1.5 } }, SELF)).toBe(false);
  });
});

describe('responses', () => {
  it('checks ok responses', () => {
    expect(parseOk({ ok: true })).toEqual({ ok: true });
    expect(parseOk({ ok: 'yes' })).toBeNull();
    expect(parseOk(undefined)).toBeNull();
  });

  it('sends typed requests and checks the answers', async () => {
    const sent: unknown[] = [];
    const answer = (value: unknown) => async (m: unknown) => {
      sent.push(m);
      return value;
    };
    const state = { status: 'off', updatedAt: 1 };
    expect(await requestBackground(answer(state), { type: 'get-tab-state', tabId: 1 })).toEqual(state);
    expect(await requestBackground(answer(null), { type: 'get-tab-state', tabId: 1 })).toBeNull();
    expect(sent[0]).toEqual({ type: 'get-tab-state', tabId: 1 });
    await expect(
      requestBackground(answer({ status: 'x' }), { type: 'get-tab-state', tabId: 1 }),
    ).rejects.toThrow(MessageError);
    expect(await requestContent(answer({ ok: false }), { type: 'scroll-to-claim', claimIndex: 0 })).toEqual({
      ok: false,
    });
    expect(await requestContent(answer({ status: 'analysing' }), { type: 'get-report' })).toEqual({
      status: 'analysing',
    });
    await expect(requestContent(answer(undefined), { type: 'reanalyze' })).rejects.toThrow(
      /Malformed answer to "reanalyze"/,
    );
    const noReceiver = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    await expect(requestContent(noReceiver, { type: 'get-report' })).rejects.toThrow(
      /No answer to "get-report": Could not/,
    );
  });
});
