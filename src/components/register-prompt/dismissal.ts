/**
 * Remembering that a reader dismissed a prompt, in localStorage, for a number of days.
 *
 * - Only a value this library wrote is ever read, replaced or removed: a key that holds anything
 *   else (another application's data under the same name) is left exactly as it is, and the
 *   prompt is then hidden for this page only.
 * - Storage that is missing, blocked or full keeps the dismissal in memory for the page's life,
 *   and memory is read first, so every prompt with that key on the page agrees.
 * - Prompts listen (`onDismissalChange`) so one dismissed or shown again updates the others.
 */

/** Where a dismissal is kept: in storage, so it outlasts the page, or in memory for this page only. */
export type Kept = 'stored' | 'memory';

export interface DismissalRead {
  /** Until when the prompt stays dismissed; null when it shows. */
  until: Date | null;
  kept?: Kept;
  /** Why the stored value was not used, for one warning. */
  problem?: string;
}

interface Ours {
  swf: 'dismissal';
  dismissedAt: string;
  until: string;
}

const memory = new Map<string, Date>();
const listeners = new Map<string, Set<() => void>>();

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The stored value under `key`, or null where there is none or storage cannot be read. */
function stored(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * The date a value this library wrote holds; undefined for a value it did not write: one with
 * any field but `swf` (this version's mark), `dismissedAt` and `until` (as earlier ones wrote).
 */
function ours(raw: string): Date | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const value = parsed as Partial<Ours> & Record<string, unknown>;
  const onlyOurs = Object.keys(value).every((key) => key === 'swf' || key === 'dismissedAt' || key === 'until');
  if (!onlyOurs || (value.swf ?? 'dismissal') !== 'dismissal' || typeof value.until !== 'string' || Number.isNaN(Date.parse(value.until))) return undefined;
  return new Date(value.until);
}

function notify(key: string): void {
  for (const listener of listeners.get(key) ?? []) listener();
}

/** Calls `listener` whenever a prompt dismisses or shows again under `key`; returns the way to stop. */
export function onDismissalChange(key: string, listener: () => void): () => void {
  const set = listeners.get(key) ?? new Set();
  set.add(listener);
  listeners.set(key, set);
  return () => set.delete(listener);
}

/** Forgets a dismissal: in memory, and in storage where the value there is ours. */
export function clearDismissal(key: string): void {
  memory.delete(key);
  const raw = stored(key);
  if (raw !== null && ours(raw)) {
    try {
      storage()?.removeItem(key);
    } catch {
      // Nothing to clear where storage is blocked.
    }
  }
  notify(key);
}

export function readDismissal(key: string, now = new Date()): DismissalRead {
  const inMemory = memory.get(key);
  if (inMemory) {
    if (inMemory > now) return { until: inMemory, kept: 'memory' };
    memory.delete(key);
  }
  const raw = stored(key);
  if (raw === null) return { until: null };
  const until = ours(raw);
  if (until === undefined) {
    return { until: null, problem: `storage-key "${key}" holds a value this library did not write; it is left as it is, and a dismissal lasts only while the page is open: give the prompt a storage-key of its own` };
  }
  if (until <= now) {
    clearDismissal(key);
    return { until: null };
  }
  return { until, kept: 'stored' };
}

/**
 * Remembers a dismissal for `days`: in storage when storage takes it and the key is free or
 * already ours, else in memory. Says where it was kept, so the prompt says only what is true.
 */
export function writeDismissal(key: string, days: number, now = new Date()): { until: Date; kept: Kept } {
  const until = new Date(now.getTime() + days * 86_400_000);
  const raw = stored(key);
  let kept: Kept = 'memory';
  if (raw === null || ours(raw)) {
    try {
      const store = storage();
      if (store) {
        const value: Ours = { swf: 'dismissal', dismissedAt: now.toISOString(), until: until.toISOString() };
        store.setItem(key, JSON.stringify(value));
        kept = 'stored';
      }
    } catch {
      // Blocked or full storage: memory keeps it for this page.
    }
  }
  if (kept === 'memory') memory.set(key, until);
  else memory.delete(key);
  notify(key);
  return { until, kept };
}
