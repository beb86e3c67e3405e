/**
 * Readers for attribute values a page author writes: each gives a usable value, and on a bad
 * one says why through `warn` (once per element, by the caller) and gives the fallback.
 */
import { parseHeadingLevel } from './heading.js';

type Warn = (message: string) => void;

/** A number from `min` to `max`; unset (null, undefined, '') gives the fallback quietly. */
export function boundedNumber(warn: Warn, name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === null || value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) {
    warn(`${name} "${value}" is not a number from ${min} to ${max}; using ${fallback}`);
    return fallback;
  }
  return n;
}

/** One of `values`; anything else gives the first, with a warning. */
export function oneOf<T extends string>(warn: Warn, name: string, value: unknown, values: readonly T[]): T {
  if (values.includes(value as T)) return value as T;
  warn(`${name} "${value}" is not ${values.map((v) => `"${v}"`).join(' or ')}; using "${values[0]}"`);
  return values[0];
}

/** A `heading-level` value as a level from 2 to 6; anything else gives `fallback`. */
export function headingLevel(warn: Warn, value: unknown, fallback: number): number {
  const level = parseHeadingLevel(value);
  if (level === null) warn(`heading-level "${value}" is not a whole number from 2 to 6; using ${fallback}`);
  return level ?? fallback;
}
