import { environmentOf } from './environment.js';

/** One console warning that names the element (by its tag) and says what went wrong where. */
export function warnAs(tag: string, message: string): void {
  console.warn(`[${tag}] ${message}`);
}

/** One console warning from an element, or to its environment's report (the render step). */
export function warn(element: Element, message: string): void {
  const sink = environmentOf(element)?.warn;
  if (sink) sink(element.localName, message);
  else warnAs(element.localName, message);
}
