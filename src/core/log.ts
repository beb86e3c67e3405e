/** One console warning that names the element and says what went wrong where. */
export function warn(element: Element, message: string): void {
  console.warn(`[${element.localName}] ${message}`);
}
