/**
 * Helpers for the content-script DOM tests: a seed article as a page, a hand-written
 * Report over a small page (test data for the rendering code, not an analysis), plus a
 * fake of the CSS Custom Highlight API (happy-dom and jsdom lack it) that
 * counts registry calls.
 */
import { vi } from 'vitest';
import type { Category, Claim, Report, Source } from '../../src/analysis/types.ts';
import type { ExtensionApi, MessageListener } from '../../src/content/ext-api.ts';
import type { HighlightApi } from '../../src/content/highlighter.ts';
import { parseSeed, readSeed } from '../helpers/corpus.ts';
import { FakeArea } from '../unit/settings-fake-area.ts';

/** Waits until `check` holds, looking every 10 ms; rejects after `ms`. */
export function until(check: () => boolean, ms = 15_000): Promise<true> {
  return vi.waitUntil(check, { timeout: ms, interval: 10 });
}

/** What the fake background answers a message the content script sends (already a structured clone). */
export type FakeBackground = (message: Record<string, unknown>) => Promise<unknown>;

/**
 * The content script's extension API, faked: messages it sends are cloned as the
 * browser would, recorded in `sent`, and answered by `background` (nothing by default);
 * `send` delivers a message from `sender` to its listeners and returns their answers;
 * `storage.sync` is an in-memory area.
 */
export function fakeContentApi({
  id = 'sourcing-lens-test',
  background = async () => undefined,
}: {
  id?: string;
  background?: FakeBackground;
} = {}) {
  const sent: Record<string, unknown>[] = [];
  const listeners = new Set<MessageListener>();
  const api: ExtensionApi = {
    runtime: {
      id,
      getURL: (path) => `chrome-extension://${id}/${path}`,
      sendMessage: (message) => {
        const m = structuredClone(message) as Record<string, unknown>;
        sent.push(m);
        return background(m).then((answer) => structuredClone(answer));
      },
      onMessage: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
    },
    storage: { sync: new FakeArea() },
  };
  const send = (message: unknown, sender: object) => {
    const answers: unknown[] = [];
    for (const l of listeners) l(message, sender, (r) => answers.push(r));
    return answers;
  };
  return { api, sent, listeners, send };
}

/**
 * Makes `doc`'s body a seed article page: an `<article>` with the seed's headline as
 * `<h1>`, then its paragraphs as `<p>`s, repeated `rounds` times (a long article).
 */
export function seedArticle(doc: Document, name: string, { rounds = 1 }: { rounds?: number } = {}): void {
  const { headline, paragraphs } = parseSeed(readSeed(name));
  doc.body.replaceChildren();
  const article = doc.createElement('article');
  const h1 = doc.createElement('h1');
  h1.textContent = headline;
  article.append(h1);
  for (let round = 0; round < rounds; round++) {
    for (const text of paragraphs) {
      const p = doc.createElement('p');
      p.textContent = text;
      article.append(p);
    }
  }
  doc.body.append(article);
}

/** A fake `CSS.highlights` + `Highlight` that records every call. */
export function fakeHighlightApi(): HighlightApi & { calls: string[]; map: Map<string, Highlight> } {
  const map = new Map<string, Highlight>();
  const calls: string[] = [];
  return {
    map,
    calls,
    registry: {
      set(name, h) {
        calls.push(`set ${name}`);
        map.set(name, h);
        return this;
      },
      delete(name) {
        calls.push(`delete ${name}`);
        return map.delete(name);
      },
      get: (name) => map.get(name),
    },
    create: (ranges) => {
      const set = new Set(ranges) as unknown as Highlight;
      (set as { priority: number }).priority = 0;
      return set;
    },
  };
}

/** One claim to put in a hand-written report: the sentence, and where its cue is. */
export interface ClaimSpec {
  sentence: string;
  category: Category;
  source: number | null;
  cue?: string;
}

/**
 * A Report over `blocks` whose claims are the given sentences (each must occur
 * once in the joined text). Sources are given as (name, kind, description).
 */
export function handReport(
  blocks: readonly string[],
  claims: readonly ClaimSpec[],
  sources: readonly Pick<Source, 'name' | 'kind' | 'description'>[],
): Report {
  const text = blocks.join('\n');
  const spans: { start: number; end: number }[] = [];
  let at = 0;
  for (const b of blocks) {
    spans.push({ start: at, end: at + b.length });
    at += b.length + 1;
  }
  const out: Claim[] = claims.map((c) => {
    const start = text.indexOf(c.sentence);
    if (start < 0 || text.indexOf(c.sentence, start + 1) >= 0) throw new Error(`not once: ${c.sentence}`);
    const end = start + c.sentence.length;
    const block = spans.findIndex((s) => s.start <= start && end <= s.end);
    const cueAt = c.cue ? text.indexOf(c.cue, start) : -1;
    return {
      start,
      end,
      block,
      category: c.category,
      source: c.source,
      explicit: true,
      cue: cueAt >= 0 ? { start: cueAt, end: cueAt + c.cue!.length } : null,
      sourceMention: null,
    };
  });
  out.sort((a, b) => a.start - b.start);
  const src: Source[] = sources.map((s, id) => ({
    id,
    name: s.name,
    kind: s.kind,
    ...(s.description ? { description: s.description } : {}),
    mentions: [],
    claims: out.filter((c) => c.source === id).length,
  }));
  const counts = { anonymous: 0, 'single-expert': 0, vague: 0, 'on-record': 0 } as Record<Category, number>;
  for (const c of out) counts[c.category]++;
  const attributed = out.filter((c) => c.source !== null).length;
  return {
    text,
    blocks: spans,
    claims: out,
    sources: src,
    summary: {
      counts,
      total: out.length,
      attributed,
      flagged: counts.anonymous + counts['single-expert'] + counts.vague,
      topSource: null,
      headline: '',
    },
  };
}
