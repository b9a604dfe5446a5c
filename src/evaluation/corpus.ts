import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalyzeOptions } from '../analysis/index.ts';
import { articleFromHtml } from '../cli/index.ts';
import type { Gold } from './gold.ts';

/** One gold-labelled article ready to analyse. */
export interface CorpusArticle {
  name: string;
  input: string | string[];
  options: AnalyzeOptions;
  gold: Gold;
}

/**
 * Loads every gold-labelled article under a corpus folder: `seeds/X.txt` with
 * `seeds/X.gold.json`, and `pages/X/source.html` with `pages/X/gold.json`
 * (extracted with the same code as the extension and the command line).
 */
export function loadCorpus(root: string): CorpusArticle[] {
  const out: CorpusArticle[] = [];
  const seeds = join(root, 'seeds');
  for (const file of readdirSync(seeds).sort()) {
    if (!file.endsWith('.gold.json')) continue;
    const gold = JSON.parse(readFileSync(join(seeds, file), 'utf8')) as Gold;
    const text = readFileSync(join(seeds, gold.text), 'utf8').replace(/^\uFEFF/, '');
    out.push({ name: file.replace(/\.gold\.json$/, ''), input: text, options: {}, gold });
  }
  const pages = join(root, 'pages');
  for (const dir of readdirSync(pages).sort()) {
    const folder = join(pages, dir);
    // A page folder without labels yet is not part of the corpus.
    if (!statSync(folder).isDirectory() || !existsSync(join(folder, 'gold.json'))) continue;
    const gold = JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8')) as Gold;
    const article = articleFromHtml(readFileSync(join(folder, gold.text), 'utf8'));
    if (!article) throw new Error(`${dir}: no article extracted from ${gold.text}`);
    out.push({ name: dir, input: article.blocks, options: article.options, gold });
  }
  return out;
}
