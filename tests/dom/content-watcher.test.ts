// @vitest-environment jsdom
/**
 * The page watcher: one MutationObserver, batched; our own writes (through
 * `mutate`) and our own nodes are ignored; changes to the article are reported
 * once per batch; changes elsewhere are not; a URL change is a navigation.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageWatcher, pageUrl } from '../../src/content/page-watcher.ts';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('page watcher', () => {
  let ac: AbortController;
  let changes = 0;
  let navigations: string[] = [];
  let watcher: PageWatcher;

  beforeEach(() => {
    document.body.innerHTML =
      '<nav><a>Home</a></nav><main><p id="a">One.</p><p id="b">Two.</p></main><aside></aside>';
    ac = new AbortController();
    changes = 0;
    navigations = [];
    watcher = new PageWatcher({
      doc: document,
      signal: ac.signal,
      articleElements: () => [...document.querySelectorAll('main p')],
      onArticleChange: () => changes++,
      onNavigate: (url) => navigations.push(url),
      settleMs: 10,
    });
  });
  afterEach(() => ac.abort());

  it('reports an edit inside the article once per batch', async () => {
    document.getElementById('a')!.firstChild!.textContent = 'Uno.';
    document.getElementById('b')!.append(' More.');
    await wait(40);
    expect(changes).toBe(1);
  });

  it('reports a paragraph added to the article and a replaced body', async () => {
    document
      .querySelector('main')!
      .append(Object.assign(document.createElement('p'), { textContent: 'Three.' }));
    await wait(40);
    expect(changes).toBe(1);
    document.querySelector('main')!.innerHTML = '<p>Fresh.</p>';
    await wait(40);
    expect(changes).toBe(2);
  });

  it('ignores changes outside the article, our own writes and our own nodes', async () => {
    document.querySelector('aside')!.append(document.createElement('div'));
    watcher.mutate(() => {
      document.getElementById('a')!.append(document.createElement('sourcing-lens-badge'));
      (document.getElementById('b')!.firstChild as Text).splitText(2);
    });
    await wait(40);
    expect(changes).toBe(0);
    // A badge added without mutate() is still recognised as ours.
    document.getElementById('a')!.append(document.createElement('sourcing-lens-badge'));
    await wait(40);
    expect(changes).toBe(0);
  });

  it('treats a URL change seen with a mutation batch as a navigation, not a fragment change', async () => {
    history.pushState({}, '', '#section');
    document.querySelector('aside')!.append('x');
    await wait(40);
    expect(navigations).toEqual([]);
    history.pushState({}, '', '/next-article');
    document.querySelector('aside')!.append('y');
    await wait(40);
    expect(navigations).toEqual([pageUrl(location.href)]);
    expect(changes).toBe(0);
  });

  it('stops observing when aborted', async () => {
    ac.abort();
    document.getElementById('a')!.append('!');
    await wait(40);
    expect(changes).toBe(0);
  });
});
