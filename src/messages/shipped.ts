/**
 * The catalogues besides en-GB, each loaded the first time a widget is in its language. The
 * one-file drop-in takes shipped.static.ts instead, which holds them from the start.
 */
import { addCatalogue, CATALOGUES, canonicalTag, shippedName, type Catalogue } from '../core/messages.js';

/** Catalogues loaded on demand, by language tag. */
const ON_DEMAND: Readonly<Record<string, () => Promise<Catalogue>>> = {
  cy: () => import('./cy.js').then((module) => module.cy),
};

const loading = new Map<string, Promise<void>>();
/** Catalogues that could not be loaded: their language falls back to en-GB, and says so. */
const failed = new Set<string>();

/**
 * Loads the catalogue `lang` (a tag as a page writes it) will use, where it has one not yet
 * loaded; undefined when there is none to wait for.
 */
export function loadLanguage(lang: string | null | undefined): Promise<void> | undefined {
  const tag = canonicalTag(lang);
  const name = tag && shippedName(tag, Object.keys(ON_DEMAND));
  if (!name || CATALOGUES[name] || failed.has(name)) return undefined;
  let load = loading.get(name);
  if (!load) {
    load = ON_DEMAND[name]().then(
      (catalogue) => addCatalogue(name, catalogue),
      () => void failed.add(name),
    );
    loading.set(name, load);
  }
  return load;
}
