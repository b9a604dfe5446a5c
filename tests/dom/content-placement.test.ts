// @vitest-environment jsdom
/**
 * Where badges go: at existing node boundaries when the sentence ends there
 * (climbing out of inline wrappers, never inside a link), by splitting a text
 * node otherwise; the extraction map and live Ranges stay valid through a
 * split, and undoing restores the original nodes (or drops a stale tail when
 * the page rewrote its node).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { followSplit, joinSplit, placeAfterRange, undoPlacement } from '../../src/content/badge-placement.ts';
import type { TextSegment } from '../../src/extract/index.ts';

function badge(): HTMLElement {
  return document.createElement('sourcing-lens-badge');
}

function endAt(node: Node, offset: number): Range {
  const r = document.createRange();
  r.setStart(node, 0);
  r.setEnd(node, offset);
  return r;
}

describe('badge placement', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('splits a text node when the sentence ends inside it, and joins it back', () => {
    document.body.innerHTML = '<p>One said so. Two said no.</p>';
    const p = document.querySelector('p')!;
    const text = p.firstChild as Text;
    const other = document.createRange();
    other.setStart(text, 13);
    other.setEnd(text, 25);
    const b = badge();
    const placed = placeAfterRange(endAt(text, 12), b, p)!;
    expect(placed.split).not.toBeNull();
    expect(p.childNodes).toHaveLength(3);
    expect(b.previousSibling).toBe(text);
    expect(text.data).toBe('One said so.');
    // A live Range over the next sentence followed the split.
    expect(other.toString()).toBe('Two said no.');
    expect(p.textContent).toBe('One said so. Two said no.');
    undoPlacement(placed);
    expect(p.childNodes).toHaveLength(1);
    expect(p.firstChild).toBe(text);
    expect(text.data).toBe('One said so. Two said no.');
  });

  it('goes after the text node when the sentence ends with it (no split)', () => {
    document.body.innerHTML = '<p>First.<br>Second.</p>';
    const p = document.querySelector('p')!;
    const text = p.firstChild as Text;
    const placed = placeAfterRange(endAt(text, 6), badge(), p)!;
    expect(placed.split).toBeNull();
    expect(p.childNodes[1]!.nodeName).toBe('SOURCING-LENS-BADGE');
  });

  it('climbs out of inline wrappers the sentence ends with', () => {
    document.body.innerHTML = '<p>It is <em>thought <b>so.</b></em> Next.</p>';
    const p = document.querySelector('p')!;
    const inner = p.querySelector('b')!.firstChild as Text;
    const b = badge();
    placeAfterRange(endAt(inner, 3), b, p);
    expect(b.previousSibling).toBe(p.querySelector('em'));
  });

  it('never goes inside a link', () => {
    document.body.innerHTML = '<p>Read <a href="/x">what he said. More</a> here.</p>';
    const p = document.querySelector('p')!;
    const inLink = p.querySelector('a')!.firstChild as Text;
    const b = badge();
    const placed = placeAfterRange(endAt(inLink, 13), b, p)!;
    expect(placed.split).toBeNull();
    expect(b.closest('a')).toBeNull();
    expect(b.previousSibling).toBe(p.querySelector('a'));
  });

  it('refuses a range outside its block', () => {
    document.body.innerHTML = '<p>A.</p><p>B.</p>';
    const [a, bEl] = document.querySelectorAll('p');
    expect(placeAfterRange(endAt(a!.firstChild!, 2), badge(), bEl!)).toBeNull();
    expect(document.querySelector('sourcing-lens-badge')).toBeNull();
  });

  it('keeps the extraction map valid across a split', () => {
    document.body.innerHTML = '<p>Alpha beta. Gamma delta.</p>';
    const p = document.querySelector('p')!;
    const text = p.firstChild as Text;
    const segments: TextSegment[] = [
      { node: text, nodeStart: 0, start: 0, end: 11 },
      { node: text, nodeStart: 11, start: 11, end: 24 },
    ];
    const placed = placeAfterRange(endAt(text, 6), badge(), p)!;
    followSplit(segments, placed.split!);
    const joined = segments
      .map((s) => s.node.data.slice(s.nodeStart, s.nodeStart + (s.end - s.start)))
      .join('');
    expect(joined).toBe('Alpha beta. Gamma delta.');
    expect(segments).toHaveLength(3);
    expect(segments[1]!.node).toBe(placed.split!.tail);
  });

  it('drops the stale tail when the page rewrote the node it owns', () => {
    document.body.innerHTML = '<p>Old one. Old two.</p>';
    const p = document.querySelector('p')!;
    const text = p.firstChild as Text;
    const placed = placeAfterRange(endAt(text, 8), badge(), p)!;
    placed.badge.remove();
    // A framework sets the whole new text on "its" node.
    text.data = 'New text entirely.';
    joinSplit(placed.split!);
    expect(p.textContent).toBe('New text entirely.');
  });
});
