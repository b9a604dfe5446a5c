import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../src/cli/index.ts';
import { CORPUS as FIXTURES, pagePath, seedPath } from '../helpers/corpus.ts';

const DM = seedPath('dailymail-putin-flee');
const NYT = pagePath('nytimes-1');

function fakeIo(stdin = ''): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (l) => out.push(l),
    stderr: (l) => err.push(l),
    readStdin: async () => new TextEncoder().encode(stdin),
  };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'sourcing-lens-cli-'));
}

interface JsonLine {
  file: string;
  text: string;
  claims: {
    start: number;
    end: number;
    category: string;
    source: number | null;
    cue: { start: number; end: number } | null;
    sourceMention: { start: number; end: number } | null;
  }[];
  sources: {
    id: number;
    name: string;
    kind: string;
    mentions: { start: number; end: number }[];
    claims: number;
  }[];
  summary: { headline: string; total: number };
}

describe('sourcing-lens analyze', () => {
  it('writes one JSON object per file whose offsets index the file’s text exactly', async () => {
    const io = fakeIo();
    expect(await runCli(['analyze', '--format', 'json', DM, NYT], io)).toBe(0);
    expect(io.out).toHaveLength(2);
    const [dm, nyt] = io.out.map((l) => JSON.parse(l) as JsonLine);
    expect(dm!.text).toBe(readFileSync(DM, 'utf8'));
    expect(dm!.file).toBe(DM);
    for (const r of [dm!, nyt!]) {
      expect(r.claims.length).toBeGreaterThan(5);
      for (const c of r.claims) {
        expect(r.text.slice(c.start, c.end).trim()).toBe(r.text.slice(c.start, c.end));
        if (c.cue) expect(c.cue.start).toBeGreaterThanOrEqual(c.start);
      }
    }
    const cues = dm!.claims.filter((c) => c.cue).map((c) => dm!.text.slice(c.cue!.start, c.cue!.end));
    expect(cues).toContain('according to');
    expect(nyt!.text).toContain('Obama administration officials said late Thursday');
    expect(nyt!.text).not.toContain('Continue reading the main story\nSkip');
  });

  it('writes a readable report with the breakdown, the sources and each flagged claim', async () => {
    const io = fakeIo();
    expect(await runCli(['analyze', DM], io)).toBe(0);
    const text = io.out.join('\n');
    expect(text).toMatch(/attributed claims rest on one anonymous source, General SVR channel/);
    expect(text).toMatch(/Breakdown: anonymous \d+ · single expert \d+ · vague \d+ · on record \d+/);
    expect(text).toContain('[anonymous] General SVR channel, cue "according to"');
  });

  it('analyses every .txt and .html inside a directory, and standard input', async () => {
    const io = fakeIo(readFileSync(DM, 'utf8'));
    expect(await runCli(['analyze', '-f', 'json', join(FIXTURES, 'pages'), '-'], io)).toBe(0);
    const files = io.out.map((l) => (JSON.parse(l) as JsonLine).file);
    expect(files.filter((f) => f.endsWith('source.html')).length).toBeGreaterThanOrEqual(4);
    expect(files[files.length - 1]).toBe('<stdin>');
  });

  it('reports a missing, binary or non-UTF-8 file on one line and still analyses the rest', async () => {
    const dir = tmp();
    const binary = join(dir, 'image.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Caf\xe9 owners said prices rose.', 'latin1'));
    const io = fakeIo();
    const status = await runCli(['analyze', '-f', 'json', join(dir, 'missing.txt'), binary, latin1, DM], io);
    expect(status).toBe(1);
    expect(io.err).toEqual([
      `sourcing-lens: ${join(dir, 'missing.txt')}: no such file`,
      `sourcing-lens: ${binary}: binary file (contains NUL bytes), not text`,
      `sourcing-lens: ${latin1}: not valid UTF-8 text`,
    ]);
    expect(io.out).toHaveLength(1);
  });

  it('removes a byte-order mark and handles empty files and pages with no article', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'bom.txt'), `\uFEFF${readFileSync(DM, 'utf8')}`);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(
      join(dir, 'sub', 'nav.html'),
      '<html><head><title>x</title></head><body><script>1</script></body></html>',
    );
    const io = fakeIo();
    const status = await runCli(['analyze', '-f', 'json', dir], io);
    expect(status).toBe(1);
    const [bom, empty] = io.out.map((l) => JSON.parse(l) as JsonLine);
    expect(bom!.text.startsWith('Vladimir')).toBe(true);
    expect(empty!.summary.total).toBe(0);
    expect(io.err).toEqual([
      `sourcing-lens: ${join(dir, 'sub', 'nav.html')}: no article text found in the page`,
    ]);
  });

  it('prints usage and exits 2 on bad usage', async () => {
    for (const argv of [
      [],
      ['analyse', DM],
      ['analyze'],
      ['analyze', '--format', 'xml', DM],
      ['analyze', '--bogus', DM],
    ]) {
      const io = fakeIo();
      expect(await runCli(argv, io)).toBe(2);
      expect(io.err.join('\n')).toContain('Usage: sourcing-lens analyze');
    }
    const help = fakeIo();
    expect(await runCli(['--help'], help)).toBe(0);
    expect(help.out.join('\n')).toContain('Usage:');
  });

  it('runs as the built bin with exit statuses', () => {
    const bin = fileURLToPath(new URL('../../bin/sourcing-lens.js', import.meta.url));
    const out = execFileSync('node', [bin, 'analyze', '--format', 'json', DM], { encoding: 'utf8' });
    expect((JSON.parse(out) as JsonLine).summary.total).toBeGreaterThan(0);
    const bad = spawnSync('node', [bin, 'analyze'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    const missing = spawnSync('node', [bin, 'analyze', '/nonexistent/x.txt'], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('sourcing-lens: /nonexistent/x.txt: no such file\n');
  });
});
