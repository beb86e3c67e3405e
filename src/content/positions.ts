/**
 * Where each field of a document's front matter is, for the checker's messages (see Locate in
 * front-matter.ts): authoring-time code, kept out of the widgets' path.
 */
import { parseEvents, getScalarValue, EVENT_ID } from 'js-yaml';
import type { Position } from './front-matter.js';

/**
 * Where every field of a document's YAML is, read from js-yaml's own event stream (no second
 * parser): each mapping key at its key, each list item at its start. `first` is the file's line
 * of the YAML's first line.
 */
export function positionsOf(yaml: string, first: number): Record<string, Position> {
  const positions: Record<string, Position> = {};
  const lineStarts = [0];
  for (let i = yaml.indexOf('\n'); i !== -1; i = yaml.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const at = (offset: number): Position => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: first + low, column: offset - lineStarts[low] + 1 };
  };
  type Frame = { kind: 'map' | 'seq'; path: string; index: number; key: string | null };
  const stack: Frame[] = [];
  const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
  /** The path of the node that comes next in the open collection, and marks it taken. */
  const next = (): string | null => {
    const top = stack[stack.length - 1];
    if (!top) return null;
    if (top.kind === 'seq') return `${top.path}[${++top.index}]`;
    const key = top.key;
    top.key = null;
    return key === null ? null : join(top.path, key);
  };
  let events;
  try {
    events = parseEvents(yaml, {});
  } catch {
    return positions;
  }
  for (const event of events) {
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      const path = next() ?? '';
      if (path && !(path in positions)) positions[path] = at(event.start);
      stack.push({ kind: event.type === EVENT_ID.MAPPING ? 'map' : 'seq', path, index: 0, key: null });
    } else if (event.type === EVENT_ID.POP) {
      stack.pop();
    } else if (event.type === EVENT_ID.SCALAR || event.type === EVENT_ID.ALIAS) {
      const top = stack[stack.length - 1];
      if (top?.kind === 'map' && top.key === null && event.type === EVENT_ID.SCALAR) {
        // A key: the field is where its key is written.
        top.key = getScalarValue(yaml, event);
        positions[join(top.path, top.key)] = at(event.valueStart);
      } else {
        const path = next();
        if (path && !(path in positions) && event.type === EVENT_ID.SCALAR) positions[path] = at(event.valueStart);
      }
    }
  }
  return positions;
}

