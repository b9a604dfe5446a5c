/**
 * The analysis module's public surface: pure TypeScript, no DOM and no
 * browser APIs. Text blocks in; claims, sources and a summary out.
 */
import { runPipeline } from './pipeline.ts';
import { runToEnd } from './run-to-end.ts';
import type { AnalysisInput, AnalyzeOptions, Report } from './types.ts';

export { type JsonClaim, type JsonReport, toJsonReport } from './serialize.ts';
export type {
  AnalysisInput,
  AnalyzeOptions,
  BlockKind,
  Category,
  Claim,
  Report,
  Source,
  SourceKind,
  Span,
  Summary,
} from './types.ts';
export { CATEGORIES, FLAGGED_CATEGORIES } from './types.ts';

/**
 * Finds every claim in an article and whose word it rests on.
 *
 * @param input - the article: one string (a paragraph per line) or a list of text blocks
 * @param options - block kinds and where the body starts, when the caller knows them
 * @returns the report; every offset indexes `report.text`, which is exactly the input
 *   (for a list of blocks, the blocks joined by "\n")
 */
export function analyze(input: AnalysisInput, options?: AnalyzeOptions): Report {
  return runToEnd(runPipeline(input, options));
}

/**
 * The same analysis cut into slices of a few milliseconds each: call `next()`
 * until it is `done`, yielding to the page in between. The final value is the
 * same report {@link analyze} returns.
 */
export function analyzeSteps(input: AnalysisInput, options?: AnalyzeOptions): Generator<void, Report, void> {
  return runPipeline(input, options);
}
