// @vitest-environment jsdom
/**
 * Where the analysis runs: the content script asks the background (`analyse`) so
 * the page's main thread never runs it, and draws the report it gets back; the
 * background keeps that report, so no `ready` report is sent to it again. When
 * the background gives no answer or a malformed one, the page analyses in idle-time
 * slices and sends its report as before. Real extraction and analysis on the Daily
 * Mail seed; the extension API is a fake that records every message.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { ContentController } from '../../src/content/controller.ts';
import * as engine from '../../src/content/engine.ts';
import { isProbablyArticle } from '../../src/extract/index.ts';
import {
  type FakeBackground,
  fakeContentApi,
  fakeHighlightApi,
  seedArticle,
  until,
} from './content-helpers.ts';

/** The real background's answer to `analyse`: the same analysis, run elsewhere. */
const realBackground: FakeBackground = async (m) => {
  if (m.type !== 'analyse') return { ok: true };
  const blocks = m.blocks as string[];
  return { report: analyze(blocks, { bodyStart: m.bodyStart as number, blockKinds: m.blockKinds as never }) };
};

let controller: ContentController | null = null;

afterEach(() => {
  controller?.destroy();
  controller = null;
});

async function run(background: FakeBackground) {
  seedArticle(document, 'dailymail-putin-flee');
  const { api, sent } = fakeContentApi({ background });
  controller = new ContentController({
    doc: document,
    api,
    isArticle: isProbablyArticle,
    loadEngine: async () => engine,
    highlightApi: fakeHighlightApi(),
    settleMs: 20,
  });
  await controller.start();
  await until(
    () => controller!.metrics.metrics.drawnAfterMs !== null || controller!.tabState.status === 'error',
  );
  return { controller, sent };
}

const types = (sent: Record<string, unknown>[]) =>
  sent.map((m) => (m.type === 'report' ? `report:${m.status}` : String(m.type)));

describe('the analysis runs in the background', () => {
  it('sends the article blocks, draws the report it gets back, and sends no ready report', async () => {
    const { controller, sent } = await run(realBackground);
    expect(controller.tabState.status).toBe('ready');
    expect(types(sent)).toEqual(['report:analysing', 'analyse']);
    const request = sent[1]!;
    const report = controller.currentReport!;
    // The blocks sent are the page's blocks the report was made from.
    expect((request.blocks as string[]).join('\n')).toBe(report.text);
    expect(request.page).toEqual({ url: document.location.href, title: expect.any(String) });
    expect(controller.currentDrawing!.badgeCount).toBeGreaterThan(10);
    // Its own state is the background's report (what a lost stored state is healed from).
    expect(controller.tabState).toMatchObject({ status: 'ready', report });
    // No analysis on the page's main thread: only the message both ways.
    expect(controller.metrics.metrics.phases.analyse).toBeUndefined();
    expect(controller.metrics.metrics.phases['analyse-send']).toBeGreaterThanOrEqual(0);
  });

  it('analyses on the page when the background does not answer, with the same result', async () => {
    const remote = await run(realBackground);
    const expected = remote.controller.currentReport;
    const badges = remote.controller.currentDrawing!.badgeCount;
    remote.controller.destroy();

    const down: FakeBackground = async (m) => {
      if (m.type === 'analyse')
        throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true };
    };
    const { controller, sent } = await run(down);
    expect(controller.tabState.status).toBe('ready');
    expect(types(sent)).toEqual(['report:analysing', 'analyse', 'report:ready']);
    expect(controller.currentReport).toEqual(expected);
    expect(controller.currentDrawing!.badgeCount).toBe(badges);
    expect(controller.metrics.metrics.phases.analyse).toBeGreaterThan(0);
  });

  it('does not draw a malformed answer: it analyses on the page instead', async () => {
    const forged: FakeBackground = async (m) => {
      if (m.type !== 'analyse') return { ok: true };
      const { report } = (await realBackground(m)) as { report: { claims: { end: number }[] } };
      report.claims[0]!.end = 10 ** 9;
      return { report };
    };
    const { controller, sent } = await run(forged);
    expect(controller.tabState.status).toBe('ready');
    expect(types(sent)).toEqual(['report:analysing', 'analyse', 'report:ready']);
    for (const claim of controller.currentReport!.claims) {
      expect(claim.end).toBeLessThanOrEqual(controller.currentReport!.text.length);
    }
  });
});
