/**
 * messages/english.ts for the one-file drop-in, which holds every widget: English whole from the
 * start, beside Welsh in the file, where gzip finds the keys again (about 800 B less than each
 * part beside its widget), and nothing to add as widgets load.
 */
import { enGBShared } from './en-GB/shared.js';
import { enGBPathway } from './en-GB/pathway.js';
import { enGBProgrammes } from './en-GB/programmes.js';
import { enGBNews } from './en-GB/news.js';
import { enGBRegister } from './en-GB/register.js';

export const english: Record<string, unknown> = { ...enGBShared, ...enGBPathway, ...enGBProgrammes, ...enGBNews, ...enGBRegister };

export const inParts = false;
