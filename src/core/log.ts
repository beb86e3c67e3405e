/** One console warning that names the element (by its tag) and says what went wrong where. */
export function warnAs(tag: string, message: string): void {
  console.warn(`[${tag}] ${message}`);
}

/** One console warning from an element. */
export function warn(element: Element, message: string): void {
  warnAs(element.localName, message);
}
