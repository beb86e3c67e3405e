/**
 * Remembering that a reader dismissed a prompt, in localStorage, for a number of days. Storage
 * that is missing or throws (private browsing, blocked by policy) falls back to memory for the
 * page's lifetime. A stored value that cannot be read is dropped.
 */

const memory = new Map<string, string>();

export interface DismissalRead {
  /** Until when the prompt stays dismissed; null when it shows. */
  until: Date | null;
  /** Why a stored value was dropped, for one warning. */
  problem?: string;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Storage's value when storage answers; memory's only when it cannot. */
function getItem(key: string): string | null {
  const store = storage();
  if (store) {
    try {
      return store.getItem(key);
    } catch {
      // Blocked storage: memory only.
    }
  }
  return memory.get(key) ?? null;
}

function setItem(key: string, value: string): void {
  const store = storage();
  if (store) {
    try {
      store.setItem(key, value);
      return;
    } catch {
      // Blocked or full storage: memory keeps it for this page.
    }
  }
  memory.set(key, value);
}

export function clearDismissal(key: string): void {
  memory.delete(key);
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to clear where storage is blocked.
  }
}

export function readDismissal(key: string, now = new Date()): DismissalRead {
  const raw = getItem(key);
  if (raw === null) return { until: null };
  let until: Date | null = null;
  try {
    const parsed = JSON.parse(raw) as { until?: unknown };
    if (typeof parsed?.until === 'string' && !Number.isNaN(Date.parse(parsed.until))) until = new Date(parsed.until);
  } catch {
    until = null;
  }
  if (until === null) {
    clearDismissal(key);
    return { until: null, problem: `stored value under "${key}" is not a dismissal (${JSON.stringify(raw.slice(0, 40))}); it was removed` };
  }
  if (until <= now) {
    clearDismissal(key);
    return { until: null };
  }
  return { until };
}

export function writeDismissal(key: string, days: number, now = new Date()): Date {
  const until = new Date(now.getTime() + days * 86_400_000);
  setItem(key, JSON.stringify({ dismissedAt: now.toISOString(), until: until.toISOString() }));
  return until;
}
