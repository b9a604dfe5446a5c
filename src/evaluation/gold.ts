import type { Category, SourceKind } from '../analysis/index.ts';

/** A labelled claim: the sentence holding `at` rests on `source` and is shown as `category`. */
export interface GoldClaim {
  at: string;
  category: Category;
  source: string | null;
  explicit: boolean;
}

/** A sentence where a reader could go either way: any category in `accept` (or "none") is right. */
export interface GoldOptional {
  at: string;
  accept: (Category | 'none')[];
  why?: string;
}

/** Gold labels for one article, in the corpus scheme (tests/fixtures/corpus/README.md). */
export interface Gold {
  text: string;
  note?: string;
  sources: { id: string; kind: SourceKind; name: string; description?: string; mentions: string[] }[];
  claims: GoldClaim[];
  optional?: GoldOptional[];
  expect?: { top_source?: string; top_source_min_share?: number; single_source_clusters?: string[] };
}
