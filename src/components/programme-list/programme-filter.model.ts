/** Filtering programmes: pure logic, testable without a DOM. */
import { PROGRAMME_COSTS, PROGRAMME_FORMATS, type Programme, type ProgrammeCost, type ProgrammeFormat } from '../../content/schema.js';

export interface ProgrammeFilter {
  /** An Agenda for Change band, as text ("3"), or "" for any. */
  band: string;
  format: ProgrammeFormat | '';
  cost: ProgrammeCost | '';
  query: string;
}


export interface NormalisedFilter {
  filter: ProgrammeFilter;
  /** Attribute values that were not understood and are ignored. */
  problems: string[];
}

/** Keeps the filter values that make sense, naming the ones that don't. */
export function normaliseFilter(input: { band?: unknown; format?: unknown; cost?: unknown; query?: unknown }): NormalisedFilter {
  const problems: string[] = [];
  const text = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());
  let band = text(input.band);
  if (band && !/^[1-9]$/.test(band)) {
    problems.push(`band "${band}" is not a band from 1 to 9`);
    band = '';
  }
  let format = text(input.format).toLowerCase();
  if (format && !PROGRAMME_FORMATS.includes(format as ProgrammeFormat)) {
    problems.push(`format "${format}" is not one of ${PROGRAMME_FORMATS.join(', ')}`);
    format = '';
  }
  let cost = text(input.cost).toLowerCase();
  if (cost && !PROGRAMME_COSTS.includes(cost as ProgrammeCost)) {
    problems.push(`cost "${cost}" is not one of ${PROGRAMME_COSTS.join(', ')}`);
    cost = '';
  }
  return {
    filter: { band, format: format as ProgrammeFilter['format'], cost: cost as ProgrammeFilter['cost'], query: text(input.query) },
    problems,
  };
}

const searchText = new WeakMap<Programme, string>();

function haystack(programme: Programme): string {
  let text = searchText.get(programme);
  if (text === undefined) {
    text = [programme.title, programme.provider, programme.summary, programme.body, programme.costNote]
      .filter((part) => typeof part === 'string')
      .join(' ')
      .toLocaleLowerCase();
    searchText.set(programme, text);
  }
  return text;
}

/**
 * A search is at most this many words of at most this many letters: each word is looked for in
 * every programme's text, so a pasted essay must not cost words × text.
 */
export const MAX_QUERY_WORDS = 12;
export const MAX_WORD = 64;

/** The programmes that match every set filter; the query matches when every word is found. */
export function filterProgrammes(programmes: readonly Programme[], filter: ProgrammeFilter): Programme[] {
  const words = filter.query
    .slice(0, MAX_QUERY_WORDS * (MAX_WORD + 1))
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, MAX_QUERY_WORDS)
    .map((word) => word.slice(0, MAX_WORD));
  const band = filter.band ? Number(filter.band) : null;
  return programmes.filter(
    (programme) =>
      (band === null || (programme.bands ?? []).includes(band)) &&
      (!filter.format || programme.format === filter.format) &&
      (!filter.cost || programme.cost === filter.cost) &&
      words.every((word) => haystack(programme).includes(word)),
  );
}

/** Drops programmes whose id was already seen, naming the duplicates. */
export function uniqueById(programmes: readonly Programme[]): { programmes: Programme[]; duplicates: string[] } {
  const seen = new Set<string>();
  const duplicates: string[] = [];
  const unique = programmes.filter((programme) => {
    if (seen.has(programme.id)) {
      duplicates.push(programme.id);
      return false;
    }
    seen.add(programme.id);
    return true;
  });
  return { programmes: unique, duplicates };
}

/** The bands any programme suits, lowest first, for the band filter's options. */
export function bandsIn(programmes: readonly Programme[]): number[] {
  return [...new Set(programmes.flatMap((programme) => programme.bands ?? []))].sort((a, b) => a - b);
}
