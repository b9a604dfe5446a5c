/**
 * The report validator against the real analysis: every report the engine produces for the
 * bundled corpus crosses the message boundary intact (a validator stricter than the engine
 * would silently drop real reports in the background).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { parseBackgroundRequest, parseReport } from '../../src/messaging/index.ts';
import { SEEDS } from '../helpers/corpus.ts';

const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));

describe('parseReport on real analysis reports', () => {
  it.each(seeds)('accepts the report for %s unchanged', (file) => {
    const text = readFileSync(join(SEEDS, file), 'utf8');
    const report = analyze(text.split('\n').filter((line) => line.trim() !== ''));
    expect(report.claims.length).toBeGreaterThan(0);
    const parsed = parseReport(JSON.parse(JSON.stringify(report)));
    expect(parsed).toEqual(report);
  });

  it('accepts the report of a long article as a message', () => {
    const text = readFileSync(join(SEEDS, seeds[0] as string), 'utf8');
    const blocks = Array.from({ length: 40 }, () => text.split('\n')).flat();
    const report = analyze(blocks);
    const message = {
      type: 'report',
      status: 'ready',
      report,
      page: { url: 'https://example.org/a', title: 'A' },
    };
    expect(parseBackgroundRequest(JSON.parse(JSON.stringify(message)))).toEqual(message);
  });

  it('accepts empty and odd input', () => {
    for (const input of ['', '\n\n', '“', 'He said.', ['', 'x']]) {
      expect(parseReport(analyze(input))).toEqual(analyze(input));
    }
  });
});
