/**
 * The interface text in British English: every word the widgets write themselves, in parts. This
 * part is every widget's (dates, loading and errors, bands, the review line, the embed); each
 * widget adds its own part as it loads (`addEnglish`), so a page carries only its widgets' words.
 * Together the parts are the catalogue's shape: every other language gives the same keys (see
 * `Catalogue`).
 *
 * - `{name}` is filled in: numbers are formatted for the language, other values shown as given.
 * - A plural message is an object of Intl.PluralRules categories (`zero`, `one`, `two`, `few`,
 *   `many`, `other`), chosen by `{count}`; `other` is required.
 * - Each message is a whole sentence or label, never a fragment joined to another.
 */
export const enGBShared = {
  // Dates, where the browser has no date names for the language (Intl is used where it has)
  'date.months': 'January February March April May June July August September October November December',
  'date.pattern': '{day} {month} {year}',

  // Shared states
  'error.http': 'The server did not send it. The address may be wrong, or the file moved.',
  'error.timeout': 'The server took too long to answer.',
  'error.network': 'It could not be reached. Check your connection, or try again later.',
  'error.cors': 'The server that holds it does not let this site read it.',
  'error.format': 'What the server sent is not a format this widget reads.',
  'error.parse': 'What the server sent could not be read.',
  'error.too-large': 'What the server sent is too large to show.',
  'error.not-modified-without-cache': 'The server sent nothing to show.',

  // Agenda for Change bands
  'band.one': 'Band {band}',
  'band.range': 'Bands {from}–{to}',
  'band.list': 'Bands {list}',
  'band.none': 'Band not given',

  // Content review, and the embed
  'status.reviewed': 'Content reviewed: {date}',
  'status.details': 'Details for the page’s editor',
  'embed.failed': 'This embedded widget cannot be shown.',
} as const;
