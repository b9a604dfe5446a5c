import type { SettingsArea, SettingsChange } from '../../src/settings/index.ts';

type Listener = (changes: Record<string, SettingsChange>) => void;

/**
 * An in-memory `storage.StorageArea` that behaves like the browser's: values are
 * structured-cloned in and out, and `onChanged` fires asynchronously with old and new values,
 * in a later task by default or, with `notify: 'microtask'`, in a microtask (what the popup
 * and options tests were written against).
 */
export class FakeArea implements SettingsArea {
  readonly data = new Map<string, unknown>();
  readonly writes: Record<string, unknown>[] = [];
  private readonly listeners = new Set<Listener>();
  private readonly notify: 'task' | 'microtask';
  /** The next `set` fails with this error (once). */
  failNextSet: Error | null = null;
  /** While true, every `set` fails as a full storage quota does. */
  failWrites = false;

  constructor({ notify = 'task' }: { notify?: 'task' | 'microtask' } = {}) {
    this.notify = notify;
  }

  async get(keys?: null | string | string[]): Promise<Record<string, unknown>> {
    const wanted = keys == null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const key of wanted) if (this.data.has(key)) out[key] = structuredClone(this.data.get(key));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failWrites) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    if (this.failNextSet) {
      const error = this.failNextSet;
      this.failNextSet = null;
      throw error;
    }
    this.writes.push(structuredClone(items));
    const changes: Record<string, SettingsChange> = {};
    for (const [key, value] of Object.entries(items)) {
      changes[key] = { oldValue: this.data.get(key), newValue: structuredClone(value) };
      this.data.set(key, structuredClone(value));
    }
    this.emit(changes);
  }

  async remove(keys: string | string[]): Promise<void> {
    const changes: Record<string, SettingsChange> = {};
    for (const key of typeof keys === 'string' ? [keys] : keys) {
      if (!this.data.has(key)) continue;
      changes[key] = { oldValue: this.data.get(key) };
      this.data.delete(key);
    }
    if (Object.keys(changes).length > 0) this.emit(changes);
  }

  readonly onChanged = {
    addListener: (cb: Listener) => void this.listeners.add(cb),
    removeListener: (cb: Listener) => void this.listeners.delete(cb),
  };

  get listenerCount(): number {
    return this.listeners.size;
  }

  private emit(changes: Record<string, SettingsChange>): void {
    const deliver = () => {
      for (const cb of this.listeners) cb(changes);
    };
    if (this.notify === 'microtask') queueMicrotask(deliver);
    else setTimeout(deliver, 0);
  }
}
