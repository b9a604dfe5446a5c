import { Attribution, type BlockFacts, type RawClaim, type SentenceFacts } from './stages/attribution.ts';
import { layOut } from './stages/blocks.ts';
import { categorize } from './stages/categories.ts';
import { Coreference } from './stages/coreference.ts';
import { type CueHit, findCueHitsSteps } from './stages/cue-hits.ts';
import { findCues } from './stages/cues.ts';
import { findQuotesSteps } from './stages/quotes.ts';
import { sentenceQuoting } from './stages/sentence-quotes.ts';
import { splitSentences } from './stages/sentences.ts';
import { summarize } from './stages/summary.ts';
import type { AnalysisInput, AnalyzeOptions, Report } from './types.ts';

/** Characters of text processed between two pauses of {@link runPipeline}. */
const SLICE_CHARS = 6_000;

/**
 * The analysis, stage by stage: blocks → quotations → sentences → cues →
 * speakers and coreference → categories → summary. A generator, so a caller on
 * a page's main thread can pause between slices of about {@link SLICE_CHARS}
 * characters (a few milliseconds); every stage is linear in the text.
 */
export function* runPipeline(
  input: AnalysisInput,
  options: AnalyzeOptions = {},
): Generator<void, Report, void> {
  const { text, blocks, work } = layOut(input);
  const quotes = yield* findQuotesSteps(
    text,
    work.map((w) => w.span),
    SLICE_CHARS,
  );
  yield;
  const hits = yield* findCueHitsSteps(text, SLICE_CHARS * 4);
  yield;

  // Sentences, their quotations and their cues, block by block.
  const facts: BlockFacts[] = [];
  let hitAt = 0;
  let budget = SLICE_CHARS;
  for (let b = 0; b < work.length; b++) {
    const { span, index } = work[b] as (typeof work)[number];
    const q = quotes[b] as (typeof quotes)[number];
    const spans = splitSentences(text, span, q);
    const cursor = { next: 0 };
    const sentences: SentenceFacts[] = spans.map((s) => {
      while (hitAt < hits.length && (hits[hitAt] as CueHit).start < s.start) hitAt++;
      let end = hitAt;
      while (end < hits.length && (hits[end] as CueHit).start < s.end) end++;
      const quoting = sentenceQuoting(text, s, q.spans, cursor);
      const cues =
        end > hitAt
          ? findCues({ text, sentence: s, quotes: quoting.overlapping }, hits.slice(hitAt, end))
          : [];
      hitAt = end;
      return { span: s, block: index, quoting, cues };
    });
    facts.push({ span, kind: options.blockKinds?.[index] ?? 'unknown', sentences });
    budget -= span.end - span.start;
    if (budget <= 0) {
      budget = SLICE_CHARS;
      yield;
    }
  }

  // Who is talking, in reading order.
  const coref = new Coreference();
  const attribution = new Attribution(text, coref);
  const bodyStart = options.bodyStart ?? 0;
  const raw: RawClaim[] = [];
  budget = SLICE_CHARS;
  for (let b = 0; b < facts.length; b++) {
    const block = facts[b] as BlockFacts;
    const index = work[b]?.index ?? 0;
    if (index >= bodyStart && b > 0 && (work[b - 1]?.index ?? 0) < bodyStart) attribution.resetContext();
    for (const claim of attribution.block(block)) raw.push(claim);
    budget -= block.span.end - block.span.start;
    if (budget <= 0) {
      budget = SLICE_CHARS;
      yield;
    }
  }

  const { claims, sources } = categorize(raw, coref.entities);
  return { text, blocks, claims, sources, summary: summarize(claims, sources) };
}
