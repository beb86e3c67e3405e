/**
 * English as loaded so far: the part every widget uses, then each widget's own as its module
 * loads (`addEnglish` in core/messages.ts), so a page carries only its widgets' words. The
 * one-file drop-in takes english.static.ts instead: every part from the start.
 */
import { enGBShared } from './en-GB/shared.js';

export const english: Record<string, unknown> = { ...enGBShared };

/** Parts come as widgets load (not in the drop-in, which has them all). */
export const inParts = true;
