import { trimSpan } from '../text/chars.ts';
import type { AnalysisInput, Span } from '../types.ts';

/** The text to analyse and where its blocks lie in it. */
export interface BlockedText {
  text: string;
  /** The report's blocks: one per input block for a list; one per non-blank line for a string. */
  blocks: Span[];
  /** The blocks with text, trimmed of white space, each with its index in `blocks`. */
  work: { span: Span; index: number }[];
}

/**
 * Lays the input out as one text. A string is kept exactly as given and split
 * into blocks at line breaks (a paragraph per line); a list of blocks is joined
 * with "\n", and block i of the report is input block i, so a caller maps
 * offsets back to its own blocks by index.
 */
export function layOut(input: AnalysisInput): BlockedText {
  const blocks: Span[] = [];
  const work: BlockedText['work'] = [];
  if (typeof input === 'string') {
    let lineStart = 0;
    while (lineStart <= input.length) {
      const newline = input.indexOf('\n', lineStart);
      const lineEnd = newline < 0 ? input.length : newline;
      const span = trimSpan(input, lineStart, lineEnd);
      if (span) {
        work.push({ span, index: blocks.length });
        blocks.push(span);
      }
      lineStart = lineEnd + 1;
    }
    return { text: input, blocks, work };
  }
  const text = input.join('\n');
  let offset = 0;
  for (const block of input) {
    const whole = { start: offset, end: offset + block.length };
    const span = trimSpan(text, whole.start, whole.end);
    if (span) work.push({ span, index: blocks.length });
    blocks.push(whole);
    offset += block.length + 1;
  }
  return { text, blocks, work };
}
