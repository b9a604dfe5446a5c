import { CATEGORIES } from '../analysis/index.ts';
import { type ArticleScore, flaggedCounts, prf, type TotalScore } from './score.ts';

const pct = (x: number): string => x.toFixed(2);
const ratio = (hit: number, total: number): string =>
  total === 0 ? '  -  ' : `${pct(hit / total)} (${hit}/${total})`;

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')).join('\n');
}

function categoryRows(perCategory: ArticleScore['perCategory']): string[][] {
  const rows = [['category', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1']];
  for (const c of CATEGORIES) {
    const k = perCategory[c];
    const m = prf(k);
    rows.push([c, String(k.tp), String(k.fp), String(k.fn), pct(m.precision), pct(m.recall), pct(m.f1)]);
  }
  return rows;
}

/** The accuracy report of one article, as plain text. */
export function formatArticle(s: ArticleScore, verbose: boolean): string {
  const lines = [`## ${s.name}`, table(categoryRows(s.perCategory))];
  lines.push(
    `explicit recall ${ratio(s.explicit.hit, s.explicit.total)}   implicit recall ${ratio(s.implicit.hit, s.implicit.total)}`,
  );
  for (const p of s.purity)
    lines.push(`purity ${p.source}: ${p.largest}/${p.attributed} in one source (${p.total} claims)`);
  for (const e of s.expect) lines.push(`expect ${e.ok ? 'ok  ' : 'FAIL'} ${e.check} (${e.detail})`);
  if (s.missingAt.length > 0)
    lines.push(`at not found once in text: ${s.missingAt.map((a) => JSON.stringify(a)).join(', ')}`);
  if (verbose) {
    for (const r of s.sentences) {
      const ok = r.accept ? r.accept.includes(r.predicted) : r.predicted === r.gold;
      if (!ok)
        lines.push(
          `  miss: gold ${r.accept ? `{${r.accept.join('|')}}` : r.gold} got ${r.predicted}: ${JSON.stringify(r.at)}`,
        );
    }
  }
  if (verbose) for (const f of s.spurious) lines.push(`  spurious ${f.category} at ${f.start}-${f.end}`);
  return lines.join('\n');
}

/** Headline totals: flagged micro-F1, recalls, purity, expect checks. */
export function totalFigures(t: TotalScore): {
  flaggedF1: number;
  implicitRecall: number;
  explicitRecall: number;
  purity: number;
} {
  return {
    flaggedF1: prf(t.flagged).f1,
    implicitRecall: t.implicit.total === 0 ? 1 : t.implicit.hit / t.implicit.total,
    explicitRecall: t.explicit.total === 0 ? 1 : t.explicit.hit / t.explicit.total,
    purity: t.purity.attributed === 0 ? 1 : t.purity.largest / t.purity.attributed,
  };
}

/** The totals over all articles, as plain text. */
export function formatTotal(t: TotalScore): string {
  const f = totalFigures(t);
  const flagged = prf(t.flagged);
  return [
    '## total',
    table(categoryRows(t.perCategory)),
    `flagged (micro): precision ${pct(flagged.precision)} recall ${pct(flagged.recall)} F1 ${pct(flagged.f1)}`,
    `explicit recall ${ratio(t.explicit.hit, t.explicit.total)}   implicit recall ${ratio(t.implicit.hit, t.implicit.total)}`,
    `cluster purity ${pct(f.purity)} (${t.purity.largest}/${t.purity.attributed})   expect met ${t.expectMet}/${t.expectTotal}`,
  ].join('\n');
}

/** One Markdown table row per article and a total row: flagged precision / recall, recalls, purity, expect checks. */
export function formatMarkdown(scores: readonly ArticleScore[], total: TotalScore): string {
  const r = (hit: number, all: number): string => (all === 0 ? '–' : `${hit}/${all}`);
  const rows = [
    '| article | flagged P / R | explicit | implicit | purity | expect |',
    '|---|---|---|---|---|---|',
  ];
  for (const s of scores) {
    const flagged = flaggedCounts(s.perCategory);
    const m = prf(flagged);
    const none = flagged.tp + flagged.fp + flagged.fn === 0;
    const largest = s.purity.reduce((a, p) => a + p.largest, 0);
    const attributed = s.purity.reduce((a, p) => a + p.attributed, 0);
    const met = s.expect.filter((e) => e.ok).length;
    rows.push(
      `| ${s.name} | ${none ? 'nothing to flag, none flagged' : `${pct(m.precision)} / ${pct(m.recall)}`} | ${r(s.explicit.hit, s.explicit.total)} | ${r(s.implicit.hit, s.implicit.total)} | ${r(largest, attributed)} | ${r(met, s.expect.length)} |`,
    );
  }
  const fl = prf(total.flagged);
  rows.push(
    `| **total** | ${pct(fl.precision)} / ${pct(fl.recall)} (F1 ${pct(fl.f1)}) | ${r(total.explicit.hit, total.explicit.total)} | ${r(total.implicit.hit, total.implicit.total)} | ${r(total.purity.largest, total.purity.attributed)} | ${r(total.expectMet, total.expectTotal)} |`,
  );
  return rows.join('\n');
}
