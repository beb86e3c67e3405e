/**
 * The size tables of the performance page, as `npm run size` prints them from the build (the
 * bundle, then the script each page loads, against its budget): generated each time the site is.
 */
import { execFileSync } from 'node:child_process';

export default function () {
  return execFileSync(process.execPath, ['--import', 'tsx', 'scripts/size.ts'], { encoding: 'utf8' });
}
