/** Is `value` a link content may carry: http(s), mailto, tel, or relative. Never javascript: or data:. */
export function isSafeLink(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const trimmed = value.trim();
  if (!trimmed) return false;
  // Browsers ignore tabs and newlines inside a scheme ("java\tscript:"): so do we.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed.replace(/[\t\n\r]/g, ''));
  return !scheme || ['http', 'https', 'mailto', 'tel'].includes(scheme[1].toLowerCase());
}

/** The link itself when it is safe, else undefined (for `ifDefined` in a template). */
export function safeLink(value: unknown): string | undefined {
  return isSafeLink(value) ? value.trim() : undefined;
}

/** An http(s) or relative URL, for actions that navigate; anything else is undefined. */
export function webLink(value: unknown): string | undefined {
  const link = safeLink(value);
  if (link === undefined) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(link.replace(/[\t\n\r]/g, ''));
  return !scheme || /^https?$/i.test(scheme[1]) ? link : undefined;
}
