// @vitest-environment jsdom
/**
 * A new content-script instance taking over a page from an earlier one (after
 * an extension reload or update): it waits for the old instance's nodes to go,
 * and removes what is left when the old one cannot (Firefox drops an orphaned
 * script's sandbox without running its teardown).
 */
import { describe, expect, it } from 'vitest';
import { strayNodes, takeOverPage } from '../../src/content/stray-nodes.ts';

describe('taking over a page', () => {
  it('resolves at once on a clean page', async () => {
    document.body.innerHTML = '<p>Clean.</p>';
    // A clean page never polls: with a 60 s poll period this would otherwise hang the test.
    await takeOverPage(document, 120_000, 60_000);
    expect(document.body.innerHTML).toBe('<p>Clean.</p>');
  });

  it('waits while the old instance removes its nodes', async () => {
    document.body.innerHTML = '<p>Said so.<sourcing-lens-badge></sourcing-lens-badge></p>';
    setTimeout(() => document.querySelector('sourcing-lens-badge')?.remove(), 60);
    await takeOverPage(document, 2000, 20);
    expect(strayNodes(document)).toHaveLength(0);
  });

  it('removes what a dead instance left behind', async () => {
    document.body.innerHTML = '<p>Said so.<sourcing-lens-badge></sourcing-lens-badge></p>';
    document.documentElement.append(document.createElement('sourcing-lens-popover'));
    await takeOverPage(document, 100, 20);
    expect(strayNodes(document)).toHaveLength(0);
    expect(document.body.textContent).toBe('Said so.');
  });
});
