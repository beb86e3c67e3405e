/** C0 control characters other than tab and newline: never shown to a reader. */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F]/g;

/** Text from content, without the control characters a hostile or broken source may carry. */
export function cleanText(value: string): string {
  return value.replace(CONTROLS, '');
}
