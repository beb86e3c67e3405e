/**
 * The registry of content types: the content checker (and through it the build of the embedded
 * default) reads each type's check from here, and the schema build each type's front matter. A
 * widget imports only its own type's module, so a page pays for the types it shows.
 */
import { news } from './news.js';
import { pay } from './pay.js';
import { programme } from './programme.js';
import { register } from './register.js';
import { role } from './role.js';
import type { ContentType } from './type.js';

export const CONTENT_TYPES = { role, programme, news, register, pay } as const;

export type ContentKind = keyof typeof CONTENT_TYPES;
export const CONTENT_KINDS = Object.keys(CONTENT_TYPES) as ContentKind[];

/** The type named `kind`, as the registry's common shape. */
export const contentType = (kind: ContentKind) => CONTENT_TYPES[kind] as ContentType<unknown>;
