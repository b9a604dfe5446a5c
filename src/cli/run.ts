import { analyze, type Report, toJsonReport } from '../analysis/index.ts';
import { formatText } from './format-text.ts';
import { articleFromHtml } from './load-article.ts';
import { decode, expandPaths, kindOf, type ReadResult, readTextFile } from './read-input.ts';

/** Where the command line reads and writes; real streams in use, fakes in tests. */
export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  readStdin: () => Promise<Uint8Array>;
}

export const USAGE = `Usage: sourcing-lens analyze [--format text|json] FILE...

Shows whose word each claim in a news article rests on: anonymous sources,
a single expert, vague hearsay, or the record.

FILE      a .txt article (a paragraph per line), an .html/.htm page (the article a
          reader sees is extracted), a directory (every .txt and .html inside), or
          - for standard input
--format  text (default): a readable report; json: one JSON object per file, per line
-h, --help  show this help`;

interface Args {
  format: 'text' | 'json';
  files: string[];
}

function parseArgs(argv: readonly string[]): Args | string {
  const [command, ...rest] = argv;
  if (command !== 'analyze')
    return command === undefined ? 'no command given' : `unknown command "${command}"`;
  const args: Args = { format: 'text', files: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    if (a === '--format' || a === '-f') {
      const v = rest[++i];
      if (v !== 'text' && v !== 'json')
        return `--format takes text or json, not ${v === undefined ? 'nothing' : `"${v}"`}`;
      args.format = v;
    } else if (a.startsWith('--format=')) {
      const v = a.slice('--format='.length);
      if (v !== 'text' && v !== 'json') return `--format takes text or json, not "${v}"`;
      args.format = v;
    } else if (a === '--') {
      args.files.push(...rest.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') {
      return `unknown option "${a}"`;
    } else {
      args.files.push(a);
    }
  }
  if (args.files.length === 0) return 'no FILE given';
  return args;
}

type Analysed = { ok: true; report: Report } | { ok: false; reason: string };

function analyseText(name: string, read: ReadResult): Analysed {
  if (!read.ok) return read;
  if (kindOf(name, read.text) === 'html') {
    const article = articleFromHtml(read.text);
    if (!article) return { ok: false, reason: 'no article text found in the page' };
    return { ok: true, report: analyze(article.blocks, article.options) };
  }
  return { ok: true, report: analyze(read.text) };
}

/**
 * Runs the command line. Returns the exit status: 0 when every file was
 * analysed, 1 when any could not be (each gets a one-line error naming it and
 * the reason; the others are still analysed), 2 for bad usage.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    io.stdout(USAGE);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`sourcing-lens: ${args}\n\n${USAGE}`);
    return 2;
  }
  let status = 0;
  let first = true;
  for (const file of expandPaths(args.files)) {
    const name = file === '-' ? '<stdin>' : file;
    let result: Analysed;
    try {
      const read = file === '-' ? decode(await io.readStdin()) : readTextFile(file);
      result = analyseText(file, read);
    } catch (err) {
      result = { ok: false, reason: `could not be analysed: ${(err as Error).message}` };
    }
    if (!result.ok) {
      io.stderr(`sourcing-lens: ${name}: ${result.reason}`);
      status = 1;
      continue;
    }
    if (args.format === 'json') io.stdout(JSON.stringify(toJsonReport(name, result.report)));
    else {
      if (!first) io.stdout('');
      io.stdout(formatText(name, result.report));
    }
    first = false;
  }
  return status;
}
