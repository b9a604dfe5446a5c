/**
 * `npm run lint:firefox`: runs `web-ext lint` (Mozilla's add-on linter) on dist/firefox and
 * fails on any error, and on any warning from our own code. A warning is accepted only when
 * the flagged code is a known third-party code path, recognised by identifiers of that
 * library right around the flagged position; the accepted ones are listed in the output.
 * `--source-dir=DIR` lints another build.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const sourceArg = process.argv.find((a) => a.startsWith('--source-dir='));
const SOURCE = sourceArg ? resolve(sourceArg.slice('--source-dir='.length)) : join(ROOT, 'dist', 'firefox');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** Third-party code that web-ext flags and that we ship knowingly, with why it is safe. */
const KNOWN: { library: string; marker: RegExp; why: string }[] = [
  {
    library: 'preact',
    marker: /__html/,
    why: "Preact's dangerouslySetInnerHTML path; our code never passes that prop (Biome's noDangerouslySetInnerHtml is an error)",
  },
  {
    library: '@mozilla/readability',
    marker: /_charThreshold|_isSingleImage|_grabArticle|grabArticle|_attempts/,
    why: 'Readability rewrites its own working copy; the content script only runs it on a clone, never the page',
  },
];

/** The library whose code surrounds the flagged position, or null if it looks like ours. */
function attribute(message: LintMessage): (typeof KNOWN)[number] | null {
  if (!message.file || message.line === undefined) return null;
  const lines = readFileSync(join(SOURCE, message.file), 'utf8').split('\n');
  const line = lines[message.line - 1] ?? '';
  const at = message.column ?? 0;
  const around = line.slice(Math.max(0, at - 300), at + 120);
  return KNOWN.find((k) => k.marker.test(around)) ?? null;
}

function run(): number {
  let stdout: string;
  try {
    stdout = execFileSync(
      join(ROOT, 'node_modules', '.bin', 'web-ext'),
      ['lint', '--source-dir', SOURCE, '--output', 'json'],
      {
        encoding: 'utf8',
        maxBuffer: 32 * 1024 * 1024,
      },
    );
  } catch (error) {
    // web-ext exits non-zero on errors but still prints its JSON report.
    stdout = (error as { stdout?: string }).stdout ?? '';
    if (!stdout) throw error;
  }
  const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  };
  let failed = 0;
  for (const e of report.errors) {
    console.log(`ERROR   ${e.code} ${e.file ?? ''}:${e.line ?? ''} ${e.message}`);
    failed++;
  }
  for (const w of report.warnings) {
    const known = attribute(w);
    if (known) {
      console.log(`accepted ${w.code} in ${w.file}:${w.line}:${w.column} — ${known.library}: ${known.why}`);
    } else {
      console.log(
        `WARNING ${w.code} ${w.file ?? ''}:${w.line ?? ''}:${w.column ?? ''} ${w.message} (not a known third-party path: our code?)`,
      );
      failed++;
    }
  }
  for (const n of report.notices) console.log(`notice  ${n.code} ${n.file ?? ''} ${n.message}`);
  console.log(
    `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - (failed - report.errors.length)} from known third-party code), ${report.notices.length} notices`,
  );
  return failed === 0 ? 0 : 1;
}

process.exitCode = run();
