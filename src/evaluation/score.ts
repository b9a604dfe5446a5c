import { CATEGORIES, type Category, FLAGGED_CATEGORIES, type Report } from '../analysis/index.ts';
import type { Gold } from './gold.ts';

/** True, false positives and false negatives of one category. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 from counts (1 when there is nothing to find and nothing was found). */
export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** One labelled sentence and what the analysis said of it. */
export interface SentenceResult {
  at: string;
  gold: Category | 'none';
  accept: (Category | 'none')[] | null;
  predicted: Category | 'none';
  explicit: boolean | null;
  goldSource: string | null;
  predictedSource: number | null;
  found: boolean;
}

/** The score of one article. */
export interface ArticleScore {
  name: string;
  perCategory: Record<Category, Counts>;
  explicit: { hit: number; total: number };
  implicit: { hit: number; total: number };
  /** Per gold source with two or more claims: claims in the largest analysis cluster / claims attributed to any. */
  purity: { source: string; largest: number; attributed: number; total: number }[];
  expect: { check: string; ok: boolean; detail: string }[];
  sentences: SentenceResult[];
  /** Flagged claims of the analysis that contain no labelled or optional `at`. */
  spurious: { start: number; end: number; category: Category }[];
  /** `at` strings that do not occur exactly once in the analysed text. */
  missingAt: string[];
}

function emptyCounts(): Record<Category, Counts> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, Counts>;
}

function locate(text: string, at: string): number {
  const first = text.indexOf(at);
  if (first < 0) return -1;
  return text.indexOf(at, first + 1) >= 0 ? -2 : first;
}

/**
 * Scores a report against gold labels exactly as the corpus scheme's Scoring
 * section says: by sentence, each labelled `at` against the claim whose span
 * contains its position; per-category precision and recall; flagged claims
 * that contain no labelled or optional `at` are false positives; explicit and
 * implicit recall apart; cluster purity for sources with two or more claims;
 * and the article-level `expect` checks.
 */
export function scoreArticle(name: string, report: Report, gold: Gold): ArticleScore {
  const perCategory = emptyCounts();
  const sentences: SentenceResult[] = [];
  const missingAt: string[] = [];
  const covered = new Set<number>();
  const claimAt = (pos: number): number => report.claims.findIndex((c) => c.start <= pos && pos < c.end);

  const judge = (at: string): { index: number; found: boolean } => {
    const pos = locate(report.text, at);
    if (pos < 0) {
      missingAt.push(at);
      return { index: -1, found: false };
    }
    const index = claimAt(pos);
    if (index >= 0) covered.add(index);
    return { index, found: true };
  };

  for (const g of gold.claims) {
    const { index, found } = judge(g.at);
    const claim = index >= 0 ? report.claims[index] : undefined;
    const predicted = claim?.category ?? 'none';
    if (predicted === g.category) perCategory[g.category].tp++;
    else {
      perCategory[g.category].fn++;
      if (predicted !== 'none') perCategory[predicted].fp++;
    }
    sentences.push({
      at: g.at,
      gold: g.category,
      accept: null,
      predicted,
      explicit: g.explicit,
      goldSource: g.source,
      predictedSource: claim?.source ?? null,
      found,
    });
  }
  for (const o of gold.optional ?? []) {
    const { index, found } = judge(o.at);
    const claim = index >= 0 ? report.claims[index] : undefined;
    const predicted = claim?.category ?? 'none';
    if (predicted !== 'none' && !o.accept.includes(predicted)) perCategory[predicted].fp++;
    sentences.push({
      at: o.at,
      gold: 'none',
      accept: o.accept,
      predicted,
      explicit: null,
      goldSource: null,
      predictedSource: claim?.source ?? null,
      found,
    });
  }
  const spurious: ArticleScore['spurious'] = [];
  report.claims.forEach((c, i) => {
    if (covered.has(i) || !FLAGGED_CATEGORIES.includes(c.category)) return;
    perCategory[c.category].fp++;
    spurious.push({ start: c.start, end: c.end, category: c.category });
  });

  const recallOf = (explicit: boolean) => {
    const rows = sentences.filter((s) => s.accept === null && s.explicit === explicit);
    return { hit: rows.filter((s) => s.predicted === s.gold).length, total: rows.length };
  };

  // Per gold source (not optional rows): how many claims it has, and how many of them
  // each analysis source carries (in the order first seen, which breaks majority ties).
  const clusterOf = new Map<string, { total: number; tally: Map<number, number> }>();
  for (const s of sentences) {
    if (s.accept !== null || s.goldSource === null) continue;
    const cluster = clusterOf.get(s.goldSource) ?? { total: 0, tally: new Map<number, number>() };
    cluster.total++;
    if (s.predictedSource !== null)
      cluster.tally.set(s.predictedSource, (cluster.tally.get(s.predictedSource) ?? 0) + 1);
    clusterOf.set(s.goldSource, cluster);
  }

  // Cluster purity per gold source with two or more claims.
  const purity: ArticleScore['purity'] = [];
  for (const [source, { total, tally }] of clusterOf) {
    if (total < 2) continue;
    let attributed = 0;
    for (const n of tally.values()) attributed += n;
    purity.push({ source, largest: Math.max(0, ...tally.values()), attributed, total });
  }

  const expect: ArticleScore['expect'] = [];
  const majorityCluster = (source: string): number | null => {
    const tally = clusterOf.get(source)?.tally ?? new Map<number, number>();
    let best: number | null = null;
    for (const [id, n] of tally) if (best === null || n > (tally.get(best) ?? 0)) best = id;
    return best;
  };
  const e = gold.expect ?? {};
  if (e.top_source) {
    const want = majorityCluster(e.top_source);
    const top = report.summary.topSource;
    expect.push({
      check: `top source is ${e.top_source}`,
      ok: top !== null && want !== null && top.id === want,
      detail: top ? `top: ${report.sources[top.id]?.name ?? '?'}` : 'no top source',
    });
    if (e.top_source_min_share !== undefined) {
      const share = top && want !== null && top.id === want ? top.share : 0;
      expect.push({
        check: `${e.top_source} share ≥ ${e.top_source_min_share}`,
        ok: share >= e.top_source_min_share,
        detail: `share ${share.toFixed(2)}`,
      });
    }
  }
  for (const source of e.single_source_clusters ?? []) {
    const p = purity.find((x) => x.source === source);
    const ok = p !== undefined && p.attributed > 0 && p.largest === p.attributed;
    expect.push({
      check: `${source} is one cluster`,
      ok,
      detail: p ? `${p.largest}/${p.attributed} in one source` : 'fewer than two claims',
    });
  }

  return {
    name,
    perCategory,
    explicit: recallOf(true),
    implicit: recallOf(false),
    purity,
    expect,
    sentences,
    spurious,
    missingAt,
  };
}

/** Totals over articles: per-category counts, flagged micro-F1 inputs, recalls, purity and expect checks. */
export interface TotalScore {
  perCategory: Record<Category, Counts>;
  flagged: Counts;
  explicit: { hit: number; total: number };
  implicit: { hit: number; total: number };
  purity: { largest: number; attributed: number };
  expectMet: number;
  expectTotal: number;
}

/** Adds article scores up (micro-averaged). */
export function totalScore(scores: readonly ArticleScore[]): TotalScore {
  const perCategory = emptyCounts();
  const t: TotalScore = {
    perCategory,
    flagged: { tp: 0, fp: 0, fn: 0 },
    explicit: { hit: 0, total: 0 },
    implicit: { hit: 0, total: 0 },
    purity: { largest: 0, attributed: 0 },
    expectMet: 0,
    expectTotal: 0,
  };
  for (const s of scores) {
    for (const c of CATEGORIES) {
      perCategory[c].tp += s.perCategory[c].tp;
      perCategory[c].fp += s.perCategory[c].fp;
      perCategory[c].fn += s.perCategory[c].fn;
    }
    t.explicit.hit += s.explicit.hit;
    t.explicit.total += s.explicit.total;
    t.implicit.hit += s.implicit.hit;
    t.implicit.total += s.implicit.total;
    for (const p of s.purity) {
      t.purity.largest += p.largest;
      t.purity.attributed += p.attributed;
    }
    t.expectMet += s.expect.filter((x) => x.ok).length;
    t.expectTotal += s.expect.length;
  }
  t.flagged = flaggedCounts(perCategory);
  return t;
}

/** The flagged categories' counts added up (the inputs of the flagged micro-F1). */
export function flaggedCounts(perCategory: Readonly<Record<Category, Counts>>): Counts {
  const flagged = { tp: 0, fp: 0, fn: 0 };
  for (const c of FLAGGED_CATEGORIES) {
    flagged.tp += perCategory[c].tp;
    flagged.fp += perCategory[c].fp;
    flagged.fn += perCategory[c].fn;
  }
  return flagged;
}
