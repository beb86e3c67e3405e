/**
 * The typed content every widget reads: each type is declared once, in its own module under
 * types/ (with its front matter and its check); here, for importing in one place, and the shape
 * of the embedded default.
 */
import type { NewsItem } from './types/news.js';
import type { PayTable } from './types/pay.js';
import type { Programme } from './types/programme.js';
import type { RegisterContent } from './types/register.js';
import type { Role } from './types/role.js';

export * from './types/news.js';
export * from './types/pay.js';
export * from './types/programme.js';
export * from './types/register.js';
export * from './types/role.js';
export type { Checked, ContentType, Given } from './types/type.js';

/** Everything compiled from content/ into the bundle. */
export interface DefaultContent {
  roles: Role[];
  programmes: Programme[];
  news: NewsItem[];
  register: RegisterContent;
  pay: PayTable;
}
