/**
 * Helpers for the content-script browser tests: read the gold labels, read
 * what the extension drew on a page (badges, the sentence before each, the
 * report, the timings it published), and score the badges against the gold.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Report } from '../../src/analysis/types.ts';
import { pagePath, SEEDS } from '../helpers/corpus.ts';
import { normal } from '../helpers/text.ts';

/** A gold file's claims and optional entries. */
export interface Gold {
  claims: { at: string; category: string; source: string | null; explicit: boolean }[];
  optional?: { at: string; accept: string[] }[];
  sources: { id: string; name: string; kind: string }[];
}

/** The gold of a fixture: `page:<slug>` or `seed:<name>`. */
export function readGold(fixture: string): Gold {
  const [kind, name] = fixture.split(':') as [string, string];
  const path = kind === 'page' ? pagePath(name, 'gold.json') : join(SEEDS, `${name}.gold.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as Gold;
}

/** One badge as the page shows it. */
export interface SeenBadge {
  claim: number;
  category: string;
  hidden: boolean;
  /** Width × height > 0 and not display:none. */
  rendered: boolean;
  label: string;
  /** The page text of the badge's block, from the block's start up to the badge. */
  before: string;
}

/** Every badge on the page (run in the page's own world; open shadow roots are reachable). */
export function readBadges(page: Page): Promise<SeenBadge[]> {
  return page.evaluate(() => {
    const blockOf = (node: Element): Element => {
      let el: Element | null = node.parentElement;
      while (el && el !== document.body) {
        if (!getComputedStyle(el).display.startsWith('inline')) return el;
        el = el.parentElement;
      }
      return document.body;
    };
    return [...document.querySelectorAll('sourcing-lens-badge')].map((node) => {
      const host = node as HTMLElement;
      const range = document.createRange();
      range.setStart(blockOf(host), 0);
      range.setEndBefore(host);
      const rect = host.getBoundingClientRect();
      return {
        claim: Number(host.dataset.claim),
        category: host.dataset.category ?? '',
        hidden: host.hidden === true,
        rendered: rect.width > 0 && rect.height > 0,
        label: host.shadowRoot?.querySelector('button')?.getAttribute('aria-label') ?? '',
        before: range.toString(),
      };
    });
  });
}

/** The figures the content script publishes with its marks (see src/content/metrics.ts). */
export interface DrawnFigures {
  drawnAfterMs: number;
  mainThreadMs: number;
  longestTaskMs: number;
  longestTask: string;
  extractMs: number;
  /** From asking the background for the analysis to its answer (0 when analysed on the page). */
  backgroundMs: number;
  phases: Record<string, number>;
  phaseMax: Record<string, number>;
}

/** Waits until the content script has drawn (its `sourcing-lens:drawn` mark) and returns the mark's figures. */
export async function waitForDrawn(page: Page, timeout = 20_000): Promise<DrawnFigures> {
  await page.waitForFunction(
    () => performance.getEntriesByName('sourcing-lens:drawn').length > 0,
    undefined,
    {
      timeout,
    },
  );
  return page.evaluate(
    () => (performance.getEntriesByName('sourcing-lens:drawn')[0] as PerformanceMark).detail as DrawnFigures,
  );
}

/** Collapses white space. */
export { normal };

/**
 * A console error for a resource the page could not load: the page's own doing (Chromium
 * asks every page for /favicon.ico; an orphaned content script can no longer load its
 * files), not an error of ours.
 */
export function missingResource(problem: { text: string }): boolean {
  return problem.text.startsWith('Failed to load resource');
}

/** How the badges on one page agree with its gold labels. */
export interface Agreement {
  badges: number;
  /** Badges standing right after their claim's sentence. */
  inPlace: number;
  goldFlagged: number;
  /** Gold flagged claims with a badge at their sentence. */
  found: number;
  /** …of which with the gold's category. */
  sameCategory: number;
  /** Badges at a gold flagged claim. */
  truePositives: number;
  /** Badges at an optional sentence (not counted either way). */
  optional: number;
  /** Badges at a sentence the gold labels on-record or leaves unlabelled. */
  falsePositives: number;
}

const FLAGGED = new Set(['anonymous', 'single-expert', 'vague']);

/** Scores `badges` (with the report they were drawn from) against `gold`. */
export function agreement(badges: readonly SeenBadge[], report: Report, gold: Gold): Agreement {
  const sentences = badges.map((b) => {
    const claim = report.claims[b.claim];
    return claim ? normal(report.text.slice(claim.start, claim.end)) : '';
  });
  const inPlace = badges.filter(
    (b, i) => sentences[i] !== '' && normal(b.before).endsWith(sentences[i]!),
  ).length;
  const flagged = gold.claims.filter((c) => FLAGGED.has(c.category));
  let found = 0;
  let sameCategory = 0;
  for (const g of flagged) {
    const at = normal(g.at);
    const i = sentences.findIndex((s) => s.includes(at));
    if (i < 0) continue;
    found++;
    if (badges[i]!.category === g.category) sameCategory++;
  }
  let truePositives = 0;
  let optional = 0;
  let falsePositives = 0;
  for (const s of sentences) {
    if (flagged.some((g) => s.includes(normal(g.at)))) truePositives++;
    else if ((gold.optional ?? []).some((o) => s.includes(normal(o.at)))) optional++;
    else falsePositives++;
  }
  return {
    badges: badges.length,
    inPlace,
    goldFlagged: flagged.length,
    found,
    sameCategory,
    truePositives,
    optional,
    falsePositives,
  };
}
