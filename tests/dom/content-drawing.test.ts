// @vitest-environment jsdom
/**
 * The drawing on a small real-markup article: Ranges from the real extraction
 * map, badges in shadow roots after each flagged claim, the popover (text only,
 * keyboard, Esc, outside click), one-call category toggles, and a teardown that
 * leaves the page's DOM exactly as it was.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/types.ts';
import { anchorAll } from '../../src/content/anchoring.ts';
import { joinSplit } from '../../src/content/badge-placement.ts';
import { Drawing } from '../../src/content/drawing.ts';
import { setContentI18n } from '../../src/content/i18n.ts';
import { liveRange } from '../../src/content/positions.ts';
import { extractArticle } from '../../src/extract/index.ts';
import { drain } from '../helpers/drain.ts';
import { normal } from '../helpers/text.ts';
import { fakeHighlightApi, handReport } from './content-helpers.ts';
import { getMessage } from './popup-fake-browser.ts';

const EVIL = '<img src=x onerror=alert(1)>';
const PAGE = `
<article>
  <h1>Talks stall as officials weigh new sanctions</h1>
  <p>Two officials familiar with the talks said the deal was close. The minister denied it in a statement.</p>
  <p>It is thought that the plan <em>will be delayed until spring.</em> Prices rose on Monday.</p>
  <p>According to <a href="https://example.org/x">Dr Jane Roe, a trade economist</a>, the tariffs will bite hard. She added that exports could fall by a third.</p>
  <p>The ${EVIL.replace(/</g, '&lt;')} channel claimed the talks had collapsed.</p>
</article>`;

let report: Report;

function setup() {
  document.body.innerHTML = PAGE;
  const article = extractArticle(document, { skipReadability: true });
  if (!article) throw new Error('no article');
  const texts = article.blocks.map((b) => b.text);
  report = handReport(
    texts,
    [
      {
        sentence: 'Two officials familiar with the talks said the deal was close.',
        category: 'anonymous',
        source: 0,
        cue: 'said',
      },
      { sentence: 'The minister denied it in a statement.', category: 'on-record', source: 1, cue: 'denied' },
      {
        sentence: 'It is thought that the plan will be delayed until spring.',
        category: 'vague',
        source: null,
        cue: 'It is thought',
      },
      {
        sentence: 'According to Dr Jane Roe, a trade economist, the tariffs will bite hard.',
        category: 'single-expert',
        source: 2,
        cue: 'According to',
      },
      {
        sentence: 'She added that exports could fall by a third.',
        category: 'single-expert',
        source: 2,
        cue: 'added',
      },
      {
        sentence: `The ${EVIL} channel claimed the talks had collapsed.`,
        category: 'anonymous',
        source: 3,
        cue: 'claimed',
      },
    ],
    [
      { name: 'Two officials familiar with the talks', kind: 'anonymous' },
      { name: 'the minister', kind: 'official' },
      { name: 'Dr Jane Roe', kind: 'expert', description: 'a trade economist' },
      { name: `The ${EVIL} channel`, kind: 'anonymous' },
    ],
  );
  const { anchored, missed } = anchorAll(report, article);
  const api = fakeHighlightApi();
  const visible = { anonymous: true, 'single-expert': true, vague: true, 'on-record': false };
  const drawing = new Drawing({
    doc: document,
    report,
    anchored,
    dark: false,
    isVisible: (c) => visible[c],
    mutate: (w) => w(),
    highlightApi: api,
  });
  drain(drawing.drawSteps());
  return { article, anchored, missed, api, drawing, visible };
}

const badges = () => [...document.querySelectorAll('sourcing-lens-badge')] as HTMLElement[];
const button = (host: Element) => host.shadowRoot!.querySelector('button')!;

// The page's words come from the real messages.json, read as the browser's i18n does.
setContentI18n({ getMessage });

describe('content drawing', () => {
  let originalHtml: string;
  beforeEach(() => {
    document.body.innerHTML = PAGE;
    originalHtml = document.body.innerHTML;
  });
  afterEach(() => {
    document.body.innerHTML = '';
    document.documentElement.querySelector('sourcing-lens-popover')?.remove();
  });

  it('anchors every claim to the exact sentence in the page', () => {
    const { anchored, missed } = setup();
    expect(missed).toBe(0);
    expect(anchored).toHaveLength(report.claims.length);
    for (const a of anchored) {
      expect(normal(liveRange(document, a.span).toString())).toBe(
        report.text.slice(a.claim.start, a.claim.end),
      );
    }
  });

  it('puts one badge after each flagged claim, none after on-record ones, without changing the text', () => {
    const textBefore = normal(document.body.textContent ?? '');
    setup();
    const hosts = badges();
    expect(hosts).toHaveLength(5);
    expect(normal(document.body.textContent ?? '')).toBe(textBefore);
    for (const host of hosts) {
      const claim = report.claims[Number(host.dataset.claim)]!;
      expect(claim.category).not.toBe('on-record');
      // The text right before the badge ends the claim's sentence.
      const range = document.createRange();
      range.setStart(host.closest('p,h1')!, 0);
      range.setEndBefore(host);
      expect(normal(range.toString()).endsWith(report.text.slice(claim.start, claim.end))).toBe(true);
      // Never inside a link.
      expect(host.closest('a')).toBeNull();
    }
  });

  it('renders each badge as a labelled button in its own shadow root', () => {
    setup();
    const [first] = badges();
    expect(first!.shadowRoot).not.toBeNull();
    expect(first!.childNodes).toHaveLength(0);
    const b = button(first!);
    expect(b.getAttribute('aria-label')).toBe(
      'Anonymous source: Two officials familiar with the talks, 1 claim',
    );
    expect(b.getAttribute('aria-haspopup')).toBe('dialog');
    expect(b.type).toBe('button');
    const expert = badges().find((h) => h.dataset.category === 'single-expert')!;
    expect(button(expert).getAttribute('aria-label')).toBe('Single expert: Dr Jane Roe, 2 claims');
    const style = first!.shadowRoot!.querySelector('style')!.textContent!;
    expect(style).toContain(':host{all:initial !important');
  });

  it('opens the popover on click, Enter and Space; closes on Esc, outside click and the badge again', () => {
    const { drawing } = setup();
    const host = badges()[0]!;
    const b = button(host);
    b.click();
    const panel = drawing.popoverElement!;
    expect(panel.hidden).toBe(false);
    expect(panel.getAttribute('role')).toBe('dialog');
    expect(b.getAttribute('aria-expanded')).toBe('true');
    b.click();
    expect(panel.hidden).toBe(true);
    expect(b.getAttribute('aria-expanded')).toBe('false');

    b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(panel.hidden).toBe(false);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(panel.hidden).toBe(true);

    b.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true }));
    expect(panel.hidden).toBe(false);
    document.body
      .querySelector('h1')!
      .dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, composed: true }));
    expect(panel.hidden).toBe(true);
  });

  it('shows category, reason, source, kind, description, cue, count and share as text', () => {
    const { drawing } = setup();
    const expert = badges().find((h) => h.dataset.category === 'single-expert')!;
    button(expert).click();
    const panel = drawing.popoverElement!;
    const text = normal(panel.textContent ?? '');
    expect(text).toContain('Single expert');
    expect(text).toContain('one expert');
    expect(text).toContain('Dr Jane Roe');
    expect(text).toContain('expert');
    expect(text).toContain('a trade economist');
    expect(text).toContain('“According to”');
    // 2 of the 5 attributed claims.
    expect(text).toContain(
      '2 claims in this article rest on this source: 40% of 5 claims attributed to a source.',
    );
    expect(text).toContain('Claim 1 of 2');
  });

  it('shows a source name holding markup as text, never as elements', () => {
    const { drawing } = setup();
    const evil = badges().at(-1)!;
    expect(button(evil).getAttribute('aria-label')).toBe(`Anonymous source: The ${EVIL} channel, 1 claim`);
    button(evil).click();
    const panel = drawing.popoverElement!;
    expect(panel.querySelector('img')).toBeNull();
    const dd = [...panel.querySelectorAll('dd')].map((d) => d.textContent);
    expect(dd).toContain(`The ${EVIL} channel`);
  });

  it('steps through a source’s claims with "show all"', () => {
    const { drawing } = setup();
    const expert = badges().filter((h) => h.dataset.category === 'single-expert');
    button(expert[0]!).click();
    const panel = drawing.popoverElement!;
    const next = panel.querySelector('button.next') as HTMLButtonElement;
    expect(next.textContent).toBe('Show all 2 ›');
    next.click();
    expect(panel.textContent).toContain('Claim 2 of 2');
    expect(button(expert[1]!).getAttribute('aria-expanded')).toBe('true');
    expect(button(expert[0]!).getAttribute('aria-expanded')).toBe('false');
    next.click();
    expect(panel.textContent).toContain('Claim 1 of 2');
  });

  it('toggles a category with one registry call and hides exactly its badges', () => {
    const { api, drawing } = setup();
    expect([...api.map.keys()].sort()).toEqual([
      'sourcing-lens-anonymous',
      'sourcing-lens-single-expert',
      'sourcing-lens-vague',
    ]);
    api.calls.length = 0;
    drawing.setVisible('anonymous', false);
    expect(api.calls).toEqual(['delete sourcing-lens-anonymous']);
    const hidden = badges().filter((h) => h.hidden);
    expect(hidden.map((h) => h.dataset.category)).toEqual(['anonymous', 'anonymous']);
    api.calls.length = 0;
    drawing.setVisible('anonymous', true);
    expect(api.calls).toEqual(['set sourcing-lens-anonymous']);
    expect(badges().filter((h) => h.hidden)).toHaveLength(0);
    drawing.setVisible('on-record', true);
    expect((api.map.get('sourcing-lens-on-record') as unknown as Set<Range>).size).toBe(1);
  });

  it('degrades to badges only where the Highlight API is missing', () => {
    document.body.innerHTML = PAGE;
    const article = extractArticle(document, { skipReadability: true })!;
    const r = handReport(
      article.blocks.map((b) => b.text),
      [{ sentence: 'Prices rose on Monday.', category: 'vague', source: null }],
      [],
    );
    const drawing = new Drawing({
      doc: document,
      report: r,
      anchored: anchorAll(r, article).anchored,
      dark: true,
      isVisible: () => true,
      mutate: (w) => w(),
      // jsdom has no CSS.highlights: the browser's API is looked up and found missing.
    });
    drain(drawing.drawSteps());
    expect(drawing.highlighter.supported).toBe(false);
    expect(badges()).toHaveLength(1);
    drawing.setVisible('vague', false);
    expect(badges()[0]!.hidden).toBe(true);
    drawing.detach();
    expect(badges()).toHaveLength(0);
  });

  it('tears down to exactly the original DOM: no badges, popover, highlights or split text nodes', () => {
    const { api, drawing } = setup();
    button(badges()[0]!).click();
    expect(document.body.innerHTML).not.toBe(originalHtml);
    const splits = drawing.detach();
    for (const s of splits.reverse()) joinSplit(s);
    expect(document.querySelectorAll('sourcing-lens-badge,sourcing-lens-popover')).toHaveLength(0);
    expect(api.map.size).toBe(0);
    expect(document.body.innerHTML).toBe(originalHtml);
    // Same text nodes as before, not merely the same markup.
    for (const p of document.querySelectorAll('p')) {
      for (const n of p.childNodes) if (n.nodeType === 3) expect(n.previousSibling?.nodeType).not.toBe(3);
    }
  });
});
