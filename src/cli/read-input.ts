import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** Refuse inputs larger than this: the analysis is linear, but a 1 GB "article" is a mistake. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** A file's decoded text, or why it could not be read. */
export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** How an input is to be read. */
export type InputKind = 'text' | 'html';

/**
 * Decodes bytes as UTF-8 text: a binary file (NUL bytes) or invalid UTF-8 is
 * refused with a reason, and a byte-order mark is removed.
 */
export function decode(bytes: Uint8Array): ReadResult {
  if (bytes.length > MAX_INPUT_BYTES) {
    return { ok: false, reason: `too large (${bytes.length} bytes; the limit is ${MAX_INPUT_BYTES})` };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not text' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, '') };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
}

/** Reads one file as text, with a one-line reason when it cannot be. */
export function readTextFile(path: string): ReadResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'no such file' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, reason: 'permission denied' };
    if (code === 'EISDIR') return { ok: false, reason: 'is a directory' };
    return { ok: false, reason: (err as Error).message };
  }
  return decode(bytes);
}

/** The kind of an input by its name; content sniffing decides for other names and stdin. */
export function kindOf(path: string, text: string): InputKind {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.txt') return 'text';
  return /^\s*(?:<!doctype html|<html|<head|<body|<article|<p[\s>])/i.test(text.slice(0, 1000))
    ? 'html'
    : 'text';
}

/** True for the files a directory contributes: .txt and .html/.htm. */
export function isArticleFile(name: string): boolean {
  return /\.(?:txt|html?)$/i.test(name);
}

/**
 * Expands the command line's paths: a directory becomes every .txt and .html
 * file below it (sorted, recursively); files and "-" stay as given. Paths that
 * do not exist are kept, so they are reported as errors in order.
 */
export function expandPaths(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch {
      out.push(dir);
      return;
    }
    for (const name of entries) {
      const full = join(dir, name);
      let isDir = false;
      try {
        isDir = statSync(full).isDirectory();
      } catch {
        continue;
      }
      if (isDir) walk(full);
      else if (isArticleFile(name)) out.push(full);
    }
  };
  for (const p of paths) {
    if (p === '-') {
      out.push(p);
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // Reported when read.
    }
    if (isDir) walk(p);
    else out.push(p);
  }
  return out;
}
