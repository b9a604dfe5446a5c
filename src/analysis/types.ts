/**
 * The analysis module's data model. Every offset is a JavaScript string index
 * (UTF-16 code unit) into {@link Report.text}, which is exactly the analysed
 * input: for a string input the string itself, for a list of blocks the blocks
 * joined by a single "\n".
 */

/** A half-open range `[start, end)` of {@link Report.text}. */
export interface Span {
  start: number;
  end: number;
}

/** What a reader is shown for a claim. */
export type Category = 'anonymous' | 'single-expert' | 'vague' | 'on-record';

/** All categories, flagged ones first, in the order a breakdown lists them. */
export const CATEGORIES: readonly Category[] = ['anonymous', 'single-expert', 'vague', 'on-record'];

/** The categories that are flagged to the reader (everything but on-record). */
export const FLAGGED_CATEGORIES: readonly Category[] = ['anonymous', 'single-expert', 'vague'];

/** What kind of party a source is. */
export type SourceKind = 'anonymous' | 'expert' | 'official' | 'person' | 'media' | 'document';

/** Input to {@link analyze}: one string (a paragraph per line) or a list of text blocks. */
export type AnalysisInput = string | readonly string[];

/**
 * What a block is on the page, when the caller knows it. A "list-item" after
 * a block that ends "…said:" continues that speaker; a "heading" is never a
 * quotation's continuation.
 */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'caption' | 'quote' | 'unknown';

/** Options for {@link analyze}. */
export interface AnalyzeOptions {
  /** One kind per input block (missing entries are "unknown"). */
  blockKinds?: readonly BlockKind[];
  /**
   * Index of the first block that belongs to the article body. Blocks before it
   * (a headline, a standfirst) are analysed too, but are never used as the
   * speaker context for what follows. Default 0.
   */
  bodyStart?: number;
}

/** A sentence that asserts something on someone's word, or on nobody's. */
export interface Claim {
  /** The sentence, trimmed of surrounding white space. */
  start: number;
  end: number;
  /** Index into {@link Report.blocks} of the block holding the sentence. */
  block: number;
  category: Category;
  /** Id of the source in {@link Report.sources}, or null for vague hearsay. */
  source: number | null;
  /** True when the sentence carries its own cue; false when attributed by context only. */
  explicit: boolean;
  /** The attribution cue ("according to", "said", "It is thought"), if the sentence has one. */
  cue: Span | null;
  /** The words naming the speaker in this sentence ("Dr Thornton", "he"), if any. */
  sourceMention: Span | null;
}

/** A party that claims rest on, clustered from all its mentions. */
export interface Source {
  /** Stable within one report: the source's index in {@link Report.sources}. */
  id: number;
  /** The most informative mention, as a reader would name the source. */
  name: string;
  kind: SourceKind;
  /** The appositive or relative clause that says who the source is, if the text gives one. */
  description?: string;
  /** Every span under which the article names or refers to this source as a speaker. */
  mentions: Span[];
  /** Number of claims that rest on this source. */
  claims: number;
}

/** The article-level breakdown. */
export interface Summary {
  /** Number of claims of each category. */
  counts: Record<Category, number>;
  /** All claims found. */
  total: number;
  /** Claims that rest on a source (every category but vague). */
  attributed: number;
  /** Claims in a flagged category. */
  flagged: number;
  /** The source carrying the most claims, with its share of attributed claims (0..1). */
  topSource: { id: number; share: number } | null;
  /** One plain sentence a reader understands. */
  headline: string;
}

/** Everything the analysis found in one article. */
export interface Report {
  /** Exactly the analysed text; all offsets index into it. */
  text: string;
  /** Where each input block lies in {@link text}. */
  blocks: Span[];
  /** Claims in text order; they never overlap. */
  claims: Claim[];
  /** Sources ranked by claims carried (most first); `id` is the index. */
  sources: Source[];
  summary: Summary;
}
