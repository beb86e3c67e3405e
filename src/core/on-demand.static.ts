/**
 * core/on-demand.ts for the one-file drop-in, which holds every parser: the same functions, with
 * the parsers there from the start (allInside in rollup.config.mjs puts this module in its place).
 */
import * as markdown from './markdown.js';
import * as readers from '../content/read.js';
import type { Markdown, Readers } from './on-demand.js';

export type { Markdown, Readers };
export const loadMarkdown = (): Promise<Markdown> => Promise.resolve(markdown);
export const markdownNow = (): Markdown => markdown;
export const loadReaders = (): Promise<Readers> => Promise.resolve(readers);
