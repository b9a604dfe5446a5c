// @vitest-environment jsdom
/**
 * The content script's request listener: answers only our own extension pages,
 * only well-formed requests, and stops listening when its signal aborts.
 */
import { describe, expect, it } from 'vitest';
import { listenForRequests } from '../../src/content/requests.ts';
import { fakeContentApi } from './content-helpers.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const POPUP = { id: ID, url: `${ORIGIN}src/popup/index.html` };

describe('content requests', () => {
  it('answers our own pages with the state, scroll and reanalyze results', () => {
    const { api, send } = fakeContentApi({ id: ID });
    const calls: string[] = [];
    listenForRequests(
      api,
      {
        alive: () => true,
        state: () => ({ status: 'not-article' }),
        scrollToClaim: (i) => {
          calls.push(`scroll ${i}`);
          return i === 3;
        },
        reanalyze: () => {
          calls.push('reanalyze');
          return true;
        },
      },
      new AbortController().signal,
    );
    expect(send({ type: 'get-report' }, POPUP)).toEqual([{ status: 'not-article' }]);
    expect(send({ type: 'scroll-to-claim', claimIndex: 3 }, POPUP)).toEqual([{ ok: true }]);
    expect(send({ type: 'scroll-to-claim', claimIndex: 4 }, POPUP)).toEqual([{ ok: false }]);
    expect(send({ type: 'reanalyze' }, POPUP)).toEqual([{ ok: true }]);
    expect(calls).toEqual(['scroll 3', 'scroll 4', 'reanalyze']);
  });

  it('ignores other senders, malformed requests, a dead context, and stops on abort', () => {
    const { api, send, listeners } = fakeContentApi({ id: ID });
    let alive = true;
    const ac = new AbortController();
    listenForRequests(
      api,
      {
        alive: () => alive,
        state: () => ({ status: 'off' }),
        scrollToClaim: () => true,
        reanalyze: () => true,
      },
      ac.signal,
    );
    expect(
      send({ type: 'get-report' }, { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' }),
    ).toEqual([]);
    expect(
      send({ type: 'get-report' }, { id: ID, url: 'https://news.example.org/', tab: { id: 1 } }),
    ).toEqual([]);
    expect(send({ type: 'scroll-to-claim', claimIndex: '1' }, POPUP)).toEqual([]);
    expect(send({ type: 'get-report', extra: true }, POPUP)).toEqual([]);
    expect(send('<img src=x onerror=alert(1)>', POPUP)).toEqual([]);
    alive = false;
    expect(send({ type: 'get-report' }, POPUP)).toEqual([]);
    alive = true;
    ac.abort();
    expect(listeners.size).toBe(0);
  });
});
