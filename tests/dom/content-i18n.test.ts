// @vitest-environment happy-dom
/**
 * The content script's strings: every `content_*` key it can ask for is in
 * `_locales/en/messages.json` and none there is unused; the labels read through
 * i18n come out as the English the page showed before; and the helper falls
 * back safely where the i18n API is missing or its context is gone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CATEGORIES, type Source } from '../../src/analysis/types.ts';
import { createBadge } from '../../src/content/badge.ts';
import { lookupMessage, message, setContentI18n } from '../../src/content/i18n.ts';
import {
  badgeLabel,
  categoryMark,
  categoryMarkKey,
  categoryTitle,
  categoryTitleKey,
  categoryWhyKey,
  claimsWord,
  kindKey,
  kindWords,
} from '../../src/content/labels.ts';
import { SOURCE_KINDS } from '../../src/messaging/index.ts';
import { ROOT } from '../helpers/corpus.ts';
import { getMessage, MESSAGES } from './popup-fake-browser.ts';

const source = (name: string, claims: number): Source => ({
  id: 0,
  name,
  kind: 'anonymous',
  mentions: [],
  claims,
});

afterEach(() => {
  setContentI18n(null);
  delete (globalThis as { chrome?: unknown }).chrome;
  delete (globalThis as { browser?: unknown }).browser;
});

describe('content strings', () => {
  /** Every key the content script can ask for: literal keys plus the families built from data. */
  function usedKeys(): Set<string> {
    const dir = join(ROOT, 'src/content');
    const keys = new Set<string>();
    for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!/\.tsx?$/.test(f)) continue;
      const code = readFileSync(join(dir, f), 'utf8');
      for (const m of code.matchAll(/'(content_[a-z_]+)'/g)) keys.add(m[1] as string);
    }
    for (const c of CATEGORIES) keys.add(categoryTitleKey(c)).add(categoryWhyKey(c)).add(categoryMarkKey(c));
    for (const k of SOURCE_KINDS) keys.add(kindKey(k));
    return keys;
  }

  it('every key the content script uses is in messages.json, and no key of its is unused', () => {
    const used = usedKeys();
    // The scan finds the popover's literal keys, not only the families.
    expect(used.has('content_nav_status')).toBe(true);
    const defined = Object.keys(MESSAGES).filter((k) => k.startsWith('content_'));
    expect([...used].filter((k) => !(k in MESSAGES))).toEqual([]);
    expect(defined.filter((k) => !used.has(k))).toEqual([]);
  });

  it('every placeholder of a content message is filled from a numbered substitution', () => {
    for (const [key, entry] of Object.entries(MESSAGES)) {
      if (!key.startsWith('content_')) continue;
      const named = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) =>
        (m[1] as string).toLowerCase(),
      );
      expect(Object.keys(entry.placeholders ?? {}).sort(), key).toEqual([...new Set(named)].sort());
      for (const p of Object.values(entry.placeholders ?? {})) expect(p.content, key).toMatch(/^\$[1-9]$/);
    }
  });

  it('reads the same English as before through i18n', () => {
    setContentI18n({ getMessage });
    expect(badgeLabel('anonymous', source('General SVR channel', 11), 0)).toBe(
      'Anonymous source: General SVR channel, 11 claims',
    );
    expect(badgeLabel('single-expert', source('Dr Jane Roe', 1), 0)).toBe(
      'Single expert: Dr Jane Roe, 1 claim',
    );
    expect(badgeLabel('vague', null, 3)).toBe(
      'Vague attribution: no particular source, 3 claims like this in the article',
    );
    expect(claimsWord(0)).toBe('0 claims');
    expect(categoryTitle('on-record')).toBe('On the record');
    expect(CATEGORIES.map(categoryMark)).toEqual(['?', '1', '~', '✓']);
    expect(kindWords('person')).toBe('named person');
    expect(kindWords('media')).toBe('news outlet or journalist');
    expect(message('content_nav_status', ['2', '11'])).toBe('Claim 2 of 11');
    expect(message('content_fact_cue_quoted', ['according to'])).toBe('“according to”');
  });

  it('keeps page text as text: a source name with $ signs or markup is not a placeholder', () => {
    setContentI18n({ getMessage });
    expect(badgeLabel('anonymous', source('$1 <b>$SOURCE$</b> $$', 2), 0)).toBe(
      'Anonymous source: $1 <b>$SOURCE$</b> $$, 2 claims',
    );
  });

  it('uses the extension API of the content script (chrome.i18n, or browser.i18n first where both exist)', () => {
    const asked: string[] = [];
    (globalThis as { chrome?: unknown }).chrome = {
      i18n: {
        getMessage: (k: string, s?: string | string[]) => {
          asked.push(`chrome:${k}`);
          return getMessage(k, s);
        },
      },
    };
    expect(categoryTitle('vague')).toBe('Vague attribution');
    (globalThis as { browser?: unknown }).browser = {
      i18n: {
        getMessage: (k: string, s?: string | string[]) => {
          asked.push(`browser:${k}`);
          return getMessage(k, s);
        },
      },
    };
    expect(categoryTitle('anonymous')).toBe('Anonymous source');
    expect(asked).toEqual(['chrome:content_category_vague', 'browser:content_category_anonymous']);
  });

  it('falls back to the key without an i18n API, for a missing key, and in an orphaned context', () => {
    expect(lookupMessage('content_category_vague')).toBeNull();
    expect(categoryTitle('vague')).toBe('content_category_vague');
    setContentI18n({ getMessage });
    expect(message('content_no_such_key')).toBe('content_no_such_key');
    // A kind the messages do not know is shown as the analysis named it.
    expect(kindWords('alien' as never)).toBe('alien');
    setContentI18n({
      getMessage: () => {
        throw new Error('Extension context invalidated.');
      },
    });
    expect(claimsWord(2)).toBe('content_claims_other');
  });

  it('puts the translated mark and label on a badge', () => {
    setContentI18n({ getMessage });
    const label = badgeLabel('vague', null, 1);
    const badge = createBadge(document, { category: 'vague', label, dark: false, claimIndex: 0 }, () => {});
    expect(badge.button.textContent).toBe('~');
    expect(badge.button.getAttribute('aria-label')).toBe(
      'Vague attribution: no particular source, 1 claim like this in the article',
    );
    expect(badge.button.title).toBe(badge.button.getAttribute('aria-label'));
  });
});
