/**
 * The registry of content types: the content checker (and through it the build of the embedded
 * default) reads each type's check from here, the schema build each type's front matter, and the
 * content build where each type's default goes (requirements have none: the checker alone reads
 * them). A widget imports only its own type's module and its own type's default, so a page pays
 * for the types it shows.
 */
import { news } from './news.js';
import { pay } from './pay.js';
import { programme } from './programme.js';
import { register } from './register.js';
import { requirement } from './requirement.js';
import { role } from './role.js';
import type { ContentType } from './type.js';
import type { DefaultContent } from '../schema.js';

export const CONTENT_TYPES = { role, programme, news, register, pay, requirement } as const;

export type ContentKind = keyof typeof CONTENT_TYPES;
export const CONTENT_KINDS = Object.keys(CONTENT_TYPES) as ContentKind[];

/** The type named `kind`, as the registry's common shape. */
export const contentType = (kind: ContentKind) => CONTENT_TYPES[kind] as ContentType<unknown>;

/**
 * Each type's embedded default, as scripts/build-content.ts compiles it: the module
 * src/content/defaults/<name>.ts exporting `<name>`, which the type's widgets give their content
 * controller as its fallback (and default-content.ts gathers for the drop-in and the API).
 */
export const DEFAULT_NAMES = { role: 'roles', programme: 'programmes', news: 'news', register: 'register', pay: 'pay' } as const satisfies Record<Exclude<ContentKind, 'requirement'>, keyof DefaultContent>;
