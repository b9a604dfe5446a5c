// @vitest-environment happy-dom
/**
 * Extraction on pages built for one behaviour each: white space and <br>,
 * hidden text, headline and standfirst, Readability's rewritten nodes,
 * malformed and empty pages, non-article pages, the range helpers.
 */
import { describe, expect, it } from 'vitest';
import { BUILD_SLICE_NODES } from '../../src/extract/block-builder.ts';
import {
  extractArticle,
  extractArticleFast,
  extractArticleFastSteps,
  extractArticleSteps,
  isProbablyArticle,
  rangeForSpan,
  rangesForSpan,
} from '../../src/extract/index.ts';
import { runReadability } from '../../src/extract/run-readability.ts';
import { drain } from '../helpers/drain.ts';
import { expectExactMap, joined, type LoadedPage, loadHappyDom, loadJsdom } from './extract-helpers.ts';

/** Real-sounding filler paragraphs so Readability takes the page for an article (it wants 500+ characters). */
const FILLER = [
  'The council voted on Tuesday to close the bridge for repairs after engineers found cracks in two of its supports.',
  'Traffic will be diverted through the town centre for at least six weeks, and buses will run every ten minutes.',
  'Shop owners on the high street said they expected more customers while the detour is in place, at least at first.',
  'The bridge, built in 1911, carries about twelve thousand vehicles a day and was last repaired in the late nineties.',
  'Residents can follow the works on the council website, which will publish a weekly update every Friday morning.',
];

function filler(): string {
  return FILLER.map((p) => `<p>${p}</p>`).join('\n');
}

/**
 * Every behaviour in both DOMs the project runs on: happy-dom (as in the other
 * DOM tests) and jsdom (as the command line parses pages).
 */
function suite(env: 'happy-dom' | 'jsdom', load: (html: string) => LoadedPage): void {
  function parse(html: string): Document {
    return load(html).doc;
  }

  function page(body: string, head = '<title>Bridge to close for repairs</title>'): Document {
    return parse(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
  }

  describe(env, () => {
    describe('white space and line breaks', () => {
      const doc = page(
        `<article><h1>Bridge to close for repairs</h1>${filler()}
         <p>One  two\n\tthree<br>four <b>five</b>\n six</p>
         <p>  Tail&nbsp;with\u00a0no-break spaces&nbsp; </p></article>`,
      );
      const article = extractArticle(doc)!;

      it('collapses runs to one space, trims, and splits at <br>', () => {
        const texts = article.blocks.map((b) => b.text);
        expect(texts).toContain('One two three');
        expect(texts).toContain('four five six');
        expect(texts).toContain('Tail\u00a0with\u00a0no-break spaces');
        expectExactMap(article, doc);
      });

      it('maps a collapsed space onto a real space when the run has one, else leaves a gap', () => {
        const block = article.blocks.find((b) => b.text === 'One two three')!;
        // "One" + the second of the two spaces + "two" are one node run; "\n\t" has no space: a gap.
        expect(block.segments.map((s) => [s.start, s.end, s.nodeStart])).toEqual([
          [0, 3, 0],
          [3, 7, 4],
          [8, 13, 10],
        ]);
        // One Range spans the DOM between its ends: both spaces of the collapsed run.
        expect(rangeForSpan(block, 0, 7).toString()).toBe('One  two');
        expect(rangesForSpan(block, 0, 7).map((r) => r.toString())).toEqual(['One', ' two']);
        expect(rangeForSpan(block, 4, 13).toString()).toBe('two\n\tthree');
        expect(rangeForSpan(block, 7, 8).collapsed).toBe(true);
        const spanning = article.blocks.find((b) => b.text === 'four five six')!;
        expect(rangeForSpan(spanning, 0, spanning.text.length).toString()).toBe('four five\n six');
        expect(rangesForSpan(spanning, 0, spanning.text.length).map((r) => r.toString())).toEqual([
          'four ',
          'five',
          ' six',
        ]);
      });

      it('clamps and orders offsets', () => {
        const block = article.blocks.find((b) => b.text === 'One two three')!;
        expect(rangeForSpan(block, -5, 3).toString()).toBe('One');
        expect(rangeForSpan(block, 13, 8).toString()).toBe('three');
        expect(rangeForSpan(block, 8, 999).toString()).toBe('three');
        expect(rangeForSpan(block, Number.NaN, 3).toString()).toBe('One');
      });
    });

    describe('hidden text', () => {
      const hidden = `
        <p hidden>HIDDEN-ATTR never shown to the reader of this page at all.</p>
        <p aria-hidden="true">HIDDEN-ARIA is kept from assistive technology and the eye.</p>
        <p>Visible words <span style="display:none">HIDDEN-INLINE</span>around a hidden span.</p>
        <p style="visibility: hidden">HIDDEN-VISIBILITY takes space but shows nothing here.</p>
        <p>Caption text <span class="visually-hidden">HIDDEN-SR</span>for a photograph.</p>
        <p class="gone">HIDDEN-CSS is hidden by the page's own style sheet rule.</p>`;
      const doc = page(
        `<article><h1>Bridge to close for repairs</h1>${filler()}${hidden}</article>`,
        '<title>Bridge to close for repairs</title><style>.gone { display: none }</style>',
      );

      it.each([
        ['with Readability', {}],
        ['with the fallback', { skipReadability: true }],
      ])('leaves hidden text out %s', (_name, options) => {
        const article = extractArticle(doc, { ...options, computedVisibility: true })!;
        const text = joined(article);
        expect(text).toContain('Visible words around a hidden span.');
        expect(text).toContain('Caption text for a photograph.');
        // Style-sheet rules need the engine's computed visibility: happy-dom has it, jsdom does not.
        expect(text).not.toMatch(env === 'happy-dom' ? /HIDDEN-/ : /HIDDEN-(ATTR|ARIA|INLINE|VISIBILITY|SR)/);
        expectExactMap(article, doc);
      });

      it('keeps to attribute and inline-style checks when computed visibility is off', () => {
        const text = joined(extractArticle(doc, { computedVisibility: false })!);
        expect(text).not.toMatch(/HIDDEN-(ATTR|ARIA|INLINE|VISIBILITY|SR)/);
      });
    });

    describe('headline and standfirst', () => {
      it('puts the headline, then the standfirst, before the body', () => {
        const doc = page(
          `<header class="masthead"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
           <div class="article-header"><h1>Bridge to close for repairs</h1>
           <p class="article-standfirst">Engineers found cracks in two supports of the 1911 bridge.</p></div>
           <div class="story"><p class="byline">By A Reporter</p>${filler()}</div>
           <footer><a href="/about">About us</a></footer>`,
        );
        const article = extractArticle(doc)!;
        expect(article.blocks[0]!.text).toBe('Bridge to close for repairs');
        expect(article.blocks[1]!.text).toBe('Engineers found cracks in two supports of the 1911 bridge.');
        expect(article.bodyStart).toBe(2);
        const text = joined(article);
        expect(text.split('Bridge to close for repairs').length).toBe(2);
        expect(text.split('Engineers found cracks').length).toBe(2);
        expect(text).toContain(FILLER[0]);
        expect(text).not.toContain('About us');
        expectExactMap(article, doc);
      });

      it('takes the element that repeats the meta description for the standfirst', () => {
        const doc = page(
          `<h1>Bridge to close for repairs</h1><div class="c-x1"><span>Six weeks of detours while engineers mend two cracked supports.</span></div>
           <div class="story">${filler()}</div>`,
          '<title>Bridge to close for repairs</title><meta name="description" content="Six weeks of detours while engineers mend two cracked supports.">',
        );
        const article = extractArticle(doc)!;
        expect(article.blocks.slice(0, 2).map((b) => b.text)).toEqual([
          'Bridge to close for repairs',
          'Six weeks of detours while engineers mend two cracked supports.',
        ]);
        expect(article.bodyStart).toBe(2);
        expect(article.blocks[2]!.text).toBe(FILLER[0]);
      });

      it('never takes an unrelated h1 (a section name) for the headline', () => {
        const doc = page(
          `<h1>Local News</h1><div class="story"><h2>Bridge to close for repairs</h2>${filler()}</div>`,
        );
        const article = extractArticle(doc)!;
        expect(article.blocks[0]!.text).toBe('Bridge to close for repairs');
        expect(joined(article)).not.toContain('Local News');
      });
    });

    describe('nodes that Readability rewrites', () => {
      it('maps them back by their text: a retried parse and a flattened javascript: link', () => {
        // "remark" marks an unlikely candidate: Readability's first pass strips it, finds too little
        // text, and restores the page from its HTML, so every node it returns is new.
        const doc = page(
          `<div class="remark-box">${filler()}<p>Read the <a href="javascript:void(0)">full council report</a> online.</p></div>`,
        );
        const result = runReadability(doc)!;
        const walker = doc.createTreeWalker(result.content, 4);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const original = result.map.resolve(n as Text);
          if (original) expect(original.ownerDocument).toBe(doc);
        }
        // The text nodes came back by their text, not by identity.
        expect(result.map.matchedByText).toBeGreaterThanOrEqual(FILLER.length);
        const article = extractArticle(doc)!;
        expect(article.method).toBe('readability');
        const text = joined(article);
        for (const p of FILLER) expect(text).toContain(p);
        expect(text).toContain('Read the full council report online.');
        expectExactMap(article, doc);
      });
    });

    describe('malformed, empty and odd pages', () => {
      const malformed = [
        '',
        '<',
        '<html><body></body></html>',
        '<p>unclosed <b>bold <i>italic</p></div></span><table><p>cell?</table>',
        `<div>${'<div>'.repeat(1500)}Deep text inside many divs that a reader might still see.${'</div>'.repeat(1500)}</div>`,
        `<article><h1>Bridge to close for repairs</h1>${filler()}<p>broken <a href="x">link <p>nested</a></article></div></div>`,
        '\u0000\u0001 binary \uFFFD garbage <<<>>> &&&; <script>var x = 1;</script>',
        '<frameset><frame src="x"></frameset>',
      ];

      it.each(malformed.map((html, i) => [i, html]))('never throws (case %i)', (_i, html) => {
        const doc = parse(html as string);
        expect(() => isProbablyArticle(doc)).not.toThrow();
        const article = extractArticle(doc);
        if (article) expectExactMap(article, doc);
      });

      it('returns null for an empty page and for a document without a body', () => {
        expect(extractArticle(parse(''))).toBeNull();
        expect(isProbablyArticle(parse(''))).toBe(false);
        const xml = document.implementation.createDocument(null, 'root', null);
        expect(extractArticle(xml)).toBeNull();
        expect(isProbablyArticle(xml)).toBe(false);
      });

      it('leaves a malformed article page unchanged', () => {
        const doc = parse(malformed[5]!);
        const before = doc.documentElement.outerHTML;
        const article = extractArticle(doc)!;
        expect(joined(article)).toContain(FILLER[2]);
        expect(doc.documentElement.outerHTML).toBe(before);
      });
    });

    describe('bounded cost', () => {
      const deep = `${'<div>'.repeat(200)}<article><h1>Bridge to close for repairs</h1>${filler()}</article>${'</div>'.repeat(200)}`;

      it('skips Readability on a page nested deeper than maxDepth, and still finds the article', () => {
        const doc = parse(deep);
        const article = extractArticle(doc)!;
        expect(article.method).toBe('fallback');
        expect(article.blocks[0]!.text).toBe('Bridge to close for repairs');
        expect(article.bodyStart).toBe(1);
        for (const p of FILLER) expect(joined(article)).toContain(p);
        expectExactMap(article, doc);
      });

      it('skips Readability above maxElements, and uses it within the limits', () => {
        const doc = parse(`<article><h1>Bridge to close for repairs</h1>${filler()}</article>`);
        expect(extractArticle(doc, { maxElements: 5 })!.method).toBe('fallback');
        expect(extractArticle(doc)!.method).toBe('readability');
        expect(extractArticle(doc, { skipReadability: true })!.method).toBe('fallback');
      });
    });

    describe('extractArticleSteps', () => {
      it('gives the same article as extractArticle, in several slices', () => {
        const doc = parse(`<article><h1>Bridge to close for repairs</h1>${filler()}</article>`);
        const { slices, ...step } = drain(extractArticleSteps(doc));
        expect(slices).toBeGreaterThanOrEqual(4);
        expect(step.value!.blocks.map((b) => b.text)).toEqual(extractArticle(doc)!.blocks.map((b) => b.text));
      });

      it('drops text the page removed between slices, never pointing at detached nodes', () => {
        const doc = parse(`<article><h1>Bridge to close for repairs</h1>${filler()}</article>`);
        const steps = extractArticleSteps(doc);
        steps.next(); // measured
        steps.next(); // cloned and mapped
        doc.querySelectorAll('article p')[1]!.remove();
        const step = drain(steps);
        const text = joined(step.value!);
        expect(text).not.toContain(FILLER[1]);
        expect(text).toContain(FILLER[2]);
        expectExactMap(step.value!, doc);
      });
    });

    describe("extractArticleFastSteps (the content script's path, without Readability)", () => {
      /** A long article: `rounds` copies of the filler, each paragraph with inline markup. */
      function longArticle(rounds: number): Document {
        const body = Array.from({ length: rounds }, (_, i) =>
          FILLER.map((p) => `<p><b>${i}.</b> ${p} <a href="#n${i}">note</a></p>`).join(''),
        ).join('\n');
        return page(
          `<nav><a href="/">Home</a></nav><article><h1>Bridge to close for repairs</h1>${body}</article>`,
        );
      }

      it('gives exactly what extractArticle gives with skipReadability', () => {
        const doc = longArticle(3);
        const fast = extractArticleFast(doc)!;
        const slow = extractArticle(doc, { skipReadability: true })!;
        expect(fast.method).toBe('fallback');
        expect({ ...fast, blocks: fast.blocks.map((b) => [b.text, b.element, b.segments]) }).toEqual({
          ...slow,
          blocks: slow.blocks.map((b) => [b.text, b.element, b.segments]),
        });
      });

      it('builds the blocks of a long page in many small slices, with the same result', () => {
        const rounds = 100; // 500 paragraphs, ~2000 elements
        const doc = longArticle(rounds);
        const { value, slices } = drain(extractArticleFastSteps(doc));
        // Every node under the article (elements and text): what the block walk visits.
        const walker = doc.createTreeWalker(doc.querySelector('article')!, 0xffffffff);
        let nodes = 0;
        while (walker.nextNode()) nodes++;
        // Not one slice for the whole walk: at least one per BUILD_SLICE_NODES nodes walked
        // (about 14 here; the other steps of the extraction add fewer than 8).
        expect(slices).toBeGreaterThanOrEqual(Math.floor(nodes / BUILD_SLICE_NODES) + 3);
        expect(value!.blocks.map((b) => b.text)).toEqual(extractArticleFast(doc)!.blocks.map((b) => b.text));
        expect(value!.blocks.length).toBe(1 + rounds * FILLER.length);
        expectExactMap(value!, doc);
      });

      it('ends cleanly when the page removes the part being walked between slices', () => {
        const doc = longArticle(100);
        const steps = extractArticleFastSteps(doc);
        for (let i = 0; i < 6; i++) steps.next();
        // The page's own script replaces its article body (a re-render) mid-walk.
        const article = doc.querySelector('article')!;
        for (const p of [...article.querySelectorAll('p')].slice(0, 400)) p.remove();
        const { value } = drain(steps);
        expect(value).not.toBeNull();
        for (const block of value!.blocks) {
          for (const seg of block.segments) expect(seg.node.isConnected).toBe(true);
        }
        expectExactMap(value!, doc);
      });
    });

    describe('isProbablyArticle', () => {
      it('is false on a list of links built with DOM APIs', () => {
        const doc = document.implementation.createHTMLDocument('Links');
        const list = doc.createElement('ul');
        for (let i = 0; i < 120; i++) {
          const li = doc.createElement('li');
          const a = doc.createElement('a');
          a.href = `/story/${i}`;
          a.textContent = `Story number ${i}: a headline that leads to another page entirely`;
          li.append(a);
          list.append(li);
        }
        doc.body.append(list);
        expect(isProbablyArticle(doc)).toBe(false);
      });

      it('is false on a news front page of teaser cards', () => {
        const cards = Array.from(
          { length: 30 },
          (_, i) =>
            `<article class="card"><h2><a href="/s/${i}">Headline ${i} about the day's events</a></h2><p>A short teaser line for story ${i}.</p></article>`,
        ).join('');
        const ld =
          '<script type="application/ld+json">{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","url":"/s/1"}]}</script>';
        expect(isProbablyArticle(page(`<main>${cards}</main>`, `<title>Front page</title>${ld}`))).toBe(
          false,
        );
      });

      it('is true on JSON-LD article types, og:type article, and a long <article>', () => {
        const ld = (type: string) =>
          `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': type })}</script>`;
        expect(isProbablyArticle(page('<p>Short.</p>', ld('NewsArticle')))).toBe(true);
        expect(isProbablyArticle(page('<p>Short.</p>', ld('ReportageNewsArticle')))).toBe(true);
        const graph = `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["Article","Thing"]}]}</script>`;
        expect(isProbablyArticle(page('<p>Short.</p>', graph))).toBe(true);
        expect(isProbablyArticle(page('<p>Short.</p>', '<meta property="og:type" content="article">'))).toBe(
          true,
        );
        expect(isProbablyArticle(page(`<article>${filler()}${filler()}</article>`, '<title>x</title>'))).toBe(
          true,
        );
        expect(
          isProbablyArticle(page('<p>Short.</p>', '<script type="application/ld+json">{not json</script>')),
        ).toBe(false);
      });
    });
  });
}

suite('happy-dom', loadHappyDom);
suite('jsdom', loadJsdom);
