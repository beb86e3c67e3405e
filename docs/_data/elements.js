/**
 * The public API of every element, read from custom-elements.json (built from the classes'
 * JSDoc by `npm run manifest`): the element pages' tables come from here, never from prose.
 */
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);

/** Public fields only: no private, protected, static or method members. */
const publicFields = (d) => (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy && !m.name.startsWith('_'));

export default declarations
  .filter((d) => d.customElement && d.tagName)
  .map((d) => ({
    tag: d.tagName,
    className: d.name,
    summary: d.summary ?? '',
    description: d.description ?? '',
    attributes: d.attributes ?? [],
    properties: publicFields(d),
    methods: (d.members ?? []).filter((m) => m.kind === 'method' && !m.static && !m.privacy && !m.name.startsWith('_') && !m.inheritedFrom),
    events: d.events ?? [],
    slots: d.slots ?? [],
    parts: d.cssParts ?? [],
    cssProperties: (d.cssProperties ?? []).filter((p) => !p.inheritedFrom),
    sharedCssProperties: (d.cssProperties ?? []).filter((p) => p.inheritedFrom),
  }))
  .sort((a, b) => a.tag.localeCompare(b.tag));
